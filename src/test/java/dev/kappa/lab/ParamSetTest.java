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
    void logNumbersSnapToThreeSignificantDigitsSoTheUrlIsExact() {
        ParamSet p = SPEC.defaults().set("lambda", Math.pow(10, 0.37)); // a log slider's position
        assertEquals(2.34, p.number("lambda"), 0.0, "snapped, not 2.344228815319922");
        assertEquals("eta=0.5&steps=5&lambda=2.34&method=qr&axes=1", p.toQuery());
        assertEquals(Double.doubleToLongBits(2.34), Double.doubleToLongBits(Query.read(SPEC, p.toQuery())
                .number("lambda")));
    }

    @Test
    void numbersAreWrittenInTheShortestFormThatReadsBackExactly() {
        assertEquals("0.1", NumberText.exact(0.1));
        assertEquals("1e-8", NumberText.exact(1e-8));
        assertEquals("10", NumberText.exact(10));
        assertEquals("1200", NumberText.exact(1200));
        assertEquals("99999999", NumberText.exact(99_999_999));
        assertEquals("1e16", NumberText.exact(1e16));
        assertEquals("2.344228815319922", NumberText.exact(2.344228815319922));
        assertEquals("0.30000000000000004", NumberText.exact(0.1 + 0.2));
        for (double v : new double[] {Math.PI, 1 / 3.0, 123456.789, -0.0123, 9.999999999999999e22, 5e-324}) {
            assertEquals(v, Double.parseDouble(NumberText.exact(v)), 0.0, NumberText.exact(v));
        }
    }

    @Test
    void manyUnknownNamesMakeOneShortNote() {
        Map<String, String> url = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            url.put("p" + i, "1");
        }
        url.put("x".repeat(5000), "1");
        ParamSet p = SPEC.readFrom(url);
        assertEquals(1, p.notes().size(), "one note for all of them");
        String note = p.notes().get(0);
        assertTrue(note.startsWith("20001 unknown parameters ignored: 'p0', 'p1', 'p2', 'p3', 'p4' and 19996 more"),
                note);
        assertTrue(note.length() < 200, note.length() + " characters");
        String one = SPEC.readFrom(url("y".repeat(5000), "1")).notes().get(0);
        assertTrue(one.length() < 100, "a long name is cut: " + one.length() + " characters");
    }

    @Test
    void pageParametersAreNotUnknown() {
        assertEquals(List.of(), SPEC.readFrom(url("engine", "js", "view", "compact", "controls", "eta", "lang", "en"))
                .notes());
    }

    @Test
    void badDeclarationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Param.number("x", "x", 0, 1, 0, 0.5),
                "a linear number without a step could hold values no short URL reproduces");
        assertThrows(IllegalArgumentException.class, () -> Param.number("x", "x", 0, 1, 0.1, 2));
        assertThrows(IllegalArgumentException.class, () -> Param.choice("m", "m", "a", "b", "c"));
        assertThrows(IllegalArgumentException.class, () -> Param.logNumber("l", "l", 0, 1, 0.5));
    }
}
