package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTest {
    private static ParamSet params() {
        return new ParamSet(List.of(Param.number("a", "a", 0, 10, 0, 1), Param.number("b", "b", 0, 10, 0, 2),
                Param.choice("c", "c", "x", "x", "y")));
    }

    @Test
    void keepsWhatItDoesNotName() {
        ParamSet current = params().set("b", 7);
        ParamSet next = new Preset("p", "a=3&c=y").applyTo(current);
        assertEquals(3, next.number("a"));
        assertEquals(7, next.number("b"));
        assertEquals("y", next.choice("c"));
        assertEquals(List.of(), next.notes());
    }

    @Test
    void badValuesBecomeNotes() {
        ParamSet next = new Preset("p", "a=99").applyTo(params());
        assertEquals(10, next.number("a"));
        assertEquals(1, next.notes().size());
    }
}
