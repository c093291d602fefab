package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CsvImport}: two columns into one parameter, labelled rows into one parameter per class, refusals. */
class CsvImportTest {
    static final CsvImport LABELLED = CsvImport.labelled("pos", "neg");

    @Test
    void labelledRowsGoToTheirClass() {
        CsvImport.Result r = LABELLED.read("x1,x2,label\n1,2,1\n3,4,-1\n# comment\n5,6,+1\n7\t8\t0\n");
        assertEquals("1,2;5,6", r.changes().get("pos"), r.message());
        assertEquals("3,4;7,8", r.changes().get("neg"), r.message());
        assertEquals("2 points of class +1 and 2 of class −1 used.", r.message());
    }

    @Test
    void oneClassOnlyIsRefusedAndChangesNothing() {
        CsvImport.Result r = LABELLED.read("1,2,1\n3,4,1\n5,6,1\n");
        assertTrue(r.changes().isEmpty(), "nothing changes: " + r.changes());
        assertTrue(r.message().startsWith("Only one class (3 of +1 and none of the other): nothing changed."),
                r.message());
    }

    @Test
    void garbageIsRefusedWithItsRowsNamed() {
        CsvImport.Result r = LABELLED.read("hello world\na,b,1\n1,2\n1,2,3\n");
        assertTrue(r.changes().isEmpty(), "nothing changes: " + r.changes());
        assertTrue(r.message().startsWith("No usable rows: nothing changed."), r.message());
        assertTrue(r.message().contains("row 2: x1 and x2 must be numbers"), r.message());
        assertTrue(r.message().contains("row 3 has 2 values; expected x1, x2 and a label"), r.message());
        assertTrue(r.message().contains("row 4: the label must be 1 or −1 (or 0)"), r.message());
    }

    @Test
    void aClassWithOnePointIsRefused() {
        CsvImport.Result r = LABELLED.read("1,2,1\n3,4,-1\n5,6,-1\n");
        assertTrue(r.changes().isEmpty());
        assertTrue(r.message().startsWith("Each class needs at least 2 usable points (1 of +1, 2 of −1)"), r.message());
    }

    @Test
    void twoColumnsGoIntoTheirParameterAsBefore() {
        CsvImport.Result ok = CsvImport.points("pts").read("x,y\n1,2\n3,4\n");
        assertEquals("1,2;3,4", ok.changes().get("pts"));
        assertEquals("2 points used.", ok.message());
        CsvImport.Result bad = CsvImport.points("pts").read("1,2\n");
        assertTrue(bad.changes().isEmpty());
        assertEquals("Fewer than 2 usable points: nothing changed.", bad.message());
    }
}
