package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSetTest {
    private static final ParamSet SPEC = new ParamSet(List.of(
            Param.number("eta", "step η", 0, 2.5, 0.01, 0.5),
            Param.integer("steps", "steps", 0, 200, 5),
            Param.logNumber("lambda", "λ", 1e-6, 1e3, 1),
            Param.choice("method", "solver", "qr", "qr", "normal", "svd"),
            Param.flag("axes", "show axes", true)));

    private static Map<String, String> url(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        ParamSet p = SPEC.readFrom(Map.of());
        assertEquals(0.5, p.number("eta"));
        assertEquals(5, p.integer("steps"));
        assertEquals("qr", p.choice("method"));
        assertTrue(p.flag("axes"));
        assertEquals(List.of(), p.notes());
    }

    @Test
    void readsValidValues() {
        ParamSet p = SPEC.readFrom(url("eta", "1.25", "steps", "17", "lambda", "1e-3", "method", "svd", "axes", "0"));
        assertEquals(1.25, p.number("eta"));
        assertEquals(17, p.integer("steps"));
        assertEquals(1e-3, p.number("lambda"));
        assertEquals("svd", p.choice("method"));
        assertEquals(false, p.flag("axes"));
        assertEquals(List.of(), p.notes());
    }

    @Test
    void clampsAndSnapsWithANote() {
        ParamSet p = SPEC.readFrom(url("eta", "9", "steps", "-4", "lambda", "1e9"));
        assertEquals(2.5, p.number("eta"));
        assertEquals(0, p.integer("steps"));
        assertEquals(1e3, p.number("lambda"));
        assertEquals(3, p.notes().size(), p.notes().toString());
        assertTrue(p.notes().get(0).contains("above the maximum 2.5"), p.notes().get(0));
        assertEquals(0.33, SPEC.readFrom(url("eta", "0.3333")).number("eta"), 1e-15);
    }

    @Test
    void garbageFallsBackToDefaultsWithNotes() {
        ParamSet p = SPEC.readFrom(url("eta", "abc", "steps", "NaN", "lambda", "Infinity", "method", "<b>",
                "axes", "maybe", "zzz", "1"));
        assertEquals(0.5, p.number("eta"));
        assertEquals(5, p.integer("steps"));
        assertEquals(1, p.number("lambda"));
        assertEquals("qr", p.choice("method"));
        assertTrue(p.flag("axes"));
        assertEquals(6, p.notes().size(), p.notes().toString());
    }

    @Test
    void queryRoundTrips() {
        ParamSet p = SPEC.readFrom(url("eta", "1.99", "steps", "12", "lambda", "0.000001", "method", "normal"));
        String q = p.toQuery();
        assertEquals("eta=1.99&steps=12&lambda=1e-6&method=normal&axes=1", q);
        Map<String, String> back = new LinkedHashMap<>();
        for (String kv : q.split("&")) {
            String[] parts = kv.split("=");
            back.put(parts[0], parts[1]);
        }
        assertEquals(q, SPEC.readFrom(back).toQuery());
    }

    @Test
    void badDeclarationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Param.number("x", "x", 0, 1, 0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> Param.choice("m", "m", "a", "b", "c"));
        assertThrows(IllegalArgumentException.class, () -> Param.logNumber("l", "l", 0, 1, 0.5));
    }
}
