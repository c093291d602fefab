package dev.kappa.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesEveryKindOfValue() throws Exception {
        Object v = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": \"x\\n\\u00e9\\\"\", \"c\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        List<?> a = (List<?>) m.get("a");
        assertEquals(1.0, a.get(0));
        assertEquals(-2500.0, a.get(1));
        assertEquals(Boolean.TRUE, a.get(2));
        assertSame(Json.NULL, a.get(4));
        assertEquals("x\né\"", m.get("b"));
        assertTrue(((Map<?, ?>) m.get("c")).isEmpty());
    }

    @Test
    void roundTrips() throws Exception {
        String text = "{\"k\":[1,2.5,\"s\\\\\",true,null],\"t\":1700000000000,\"e\":1.0E-7}";
        assertEquals(text, Json.write(Json.parse(text)));
    }

    @Test
    void escapesScriptBreakers() {
        assertEquals("\"a<b> \\u003c!-- <\\/script>&\"", Json.write("a<b> <!-- </script>&"));
    }

    @Test
    void rejectsMalformedText() {
        String[] bad = {"", "{", "}", "[1,]", "{\"a\":}", "{a:1}", "01", "1.", ".5", "-", "1e", "\"abc", "\"\\x\"",
            "tru", "nul", "[1 2]", "{\"a\":1,}", "1 2", "NaN", "Infinity", "\"\u0001\"", "1e999", "[".repeat(100)};
        for (String b : bad) {
            assertThrows(Json.JsonException.class, () -> Json.parse(b), "should reject: " + b);
        }
    }
}
