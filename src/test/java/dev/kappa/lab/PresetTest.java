package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetTest {
    private static ParamSet params() {
        return new ParamSet(List.of(Param.number("a", "a", 0, 10, 0.1, 1), Param.number("b", "b", 0, 10, 0.1, 2),
                Param.choice("c", "c", "x", "x", "y")));
    }

    @Test
    void isTheDefaultsPlusWhatItNames() {
        ParamSet current = params().set("b", 7);
        ParamSet next = new Preset("p", "a=3&c=y").applyTo(current);
        assertEquals(3, next.number("a"));
        assertEquals(2, next.number("b"), "b is back to its default, not the 7 of the state before");
        assertEquals("y", next.choice("c"));
        assertEquals(List.of(), next.notes());
    }

    @Test
    void isActiveExactlyWhileTheStateIsItsOwn() {
        Preset p = new Preset("p", "a=3");
        ParamSet state = p.applyTo(params());
        assertTrue(p.matches(state));
        state.set("b", 2.1);
        assertFalse(p.matches(state), "departing from the preset clears it");
        state.set("b", 2);
        assertTrue(p.matches(state), "coming back to it shows it again");
    }

    @Test
    void badValuesBecomeNotes() {
        ParamSet next = new Preset("p", "a=99").applyTo(params());
        assertEquals(10, next.number("a"));
        assertEquals(1, next.notes().size());
    }
}
