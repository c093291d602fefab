package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks every lab model keeps the shared contract: URL round trip, clamping, presets, determinism, no throws. */
class LabContractTest {
    @Test
    void everyModelHasAUniqueIdAndIsFoundById() {
        List<LabModel> all = Labs.models();
        for (LabModel m : all) {
            assertEquals(m.id(), Labs.byId(m.id()).id());
        }
        assertEquals(null, Labs.byId("no-such-lab"));
    }

    @Test
    void queryRoundTripsForDefaultsAndPresets() {
        for (LabModel m : Labs.models()) {
            ParamSet d = m.spec();
            assertEquals(d.toQuery(), Query.read(d, d.toQuery()).toQuery(), m.id() + " defaults");
            assertTrue(Query.read(d, d.toQuery()).notes().isEmpty(), m.id() + " defaults give notes");
            for (Preset p : m.allPresets()) {
                ParamSet read = Query.read(d, p.query());
                assertEquals(List.of(), read.notes(), m.id() + " preset '" + p.label() + "' needs fixing");
                assertEquals(read.toQuery(), Query.read(d, read.toQuery()).toQuery(), m.id() + " preset " + p.label());
                assertTrue(p.route(m.id()).startsWith("#/lab/" + m.id()));
            }
        }
    }

    @Test
    void outOfRangeValuesAreClampedWithANote() {
        for (LabModel m : Labs.models()) {
            for (Param p : m.spec().params()) {
                if (p.kind() != Param.Kind.NUMBER && p.kind() != Param.Kind.INTEGER) {
                    continue;
                }
                Map<String, String> url = new LinkedHashMap<>();
                url.put(p.name(), "1e300");
                ParamSet read = m.spec().readFrom(url);
                assertEquals(p.max(), read.number(p.name()), 1e-9 * Math.abs(p.max()), m.id() + "." + p.name());
                assertEquals(1, read.notes().size(), m.id() + "." + p.name() + " " + read.notes());
                url.put(p.name(), "-1e300");
                assertEquals(p.min(), m.spec().readFrom(url).number(p.name()), 1e-9 * Math.abs(p.min()) + 1e-300,
                        m.id() + "." + p.name());
            }
        }
    }

    @Test
    void everyPresetComputesWithoutThrowingAndIsDeterministic() {
        for (LabModel m : Labs.models()) {
            boolean first = true;
            LabModel model = Labs.byId(m.id());
            for (Preset p : m.allPresets()) {
                ParamSet ps = Query.read(m.spec(), p.query());
                LabOutput a = model.compute(ps);
                // the first preset on two fresh instances; the others recomputed on the same (cached) instance
                LabOutput b = (first ? Labs.byId(m.id()) : model).compute(ps);
                first = false;
                assertSame(a, b, m.id() + " preset " + p.label());
                assertFalse(a.summary().isEmpty(), m.id() + " preset " + p.label() + " has no summary");
            }
        }
    }

    @Test
    void garbageParamsGiveNotesAndDefaultsNotExceptions() {
        for (LabModel m : Labs.models()) {
            Map<String, String> url = new LinkedHashMap<>();
            for (Param p : m.spec().params()) {
                url.put(p.name(), "%%garbage;;NaN");
            }
            url.put("bogus", "1");
            ParamSet read = m.spec().readFrom(url);
            int checked = 0;
            for (Param p : m.spec().params()) {
                checked += p.kind() == Param.Kind.TEXT ? 0 : 1;
            }
            assertTrue(read.notes().size() >= checked, m.id() + " " + read.notes());
            LabOutput out = m.compute(read);
            assertNotNull(out.summary());
        }
    }

    @Test
    void extremeCornersOfEveryRangeCompute() {
        for (LabModel m : Labs.models()) {
            for (int corner = 0; corner < 2; corner++) {
                ParamSet ps = m.spec();
                for (Param p : ps.params()) {
                    if (p.kind() == Param.Kind.NUMBER || p.kind() == Param.Kind.INTEGER) {
                        ps.set(p.name(), corner == 0 ? p.min() : p.max());
                    }
                }
                if (m instanceof DoubleDescentLab && corner == 1) {
                    ps.set("seeds", 1).set("nmax", 70).set("d", 60);
                }
                assertNotNull(m.compute(ps).summary(), m.id() + " corner " + corner);
            }
        }
    }

    static void assertSame(LabOutput a, LabOutput b, String what) {
        assertEquals(a.series().size(), b.series().size(), what);
        for (int i = 0; i < a.series().size(); i++) {
            Series s = a.series().get(i);
            Series t = b.series().get(i);
            assertEquals(s.name(), t.name(), what);
            assertArrayEquals(s.xs(), t.xs(), 0.0, what + " " + s.name());
            assertArrayEquals(s.ys(), t.ys(), 0.0, what + " " + s.name());
        }
        assertEquals(a.readouts(), b.readouts(), what);
        assertEquals(a.summary(), b.summary(), what);
        assertEquals(a.markers().size(), b.markers().size(), what);
        for (int i = 0; i < a.markers().size(); i++) {
            Marker m = a.markers().get(i);
            Marker n = b.markers().get(i);
            assertEquals(m.name(), n.name(), what);
            assertEquals(Double.doubleToLongBits(m.x()), Double.doubleToLongBits(n.x()), what + " marker " + m.name());
            assertEquals(Double.doubleToLongBits(m.y()), Double.doubleToLongBits(n.y()), what + " marker " + m.name());
        }
        assertEquals(a.tables().keySet(), b.tables().keySet(), what);
        for (String t : a.tables().keySet()) {
            List<String[]> ra = a.tableNamed(t).rows();
            List<String[]> rb = b.tableNamed(t).rows();
            assertEquals(ra.size(), rb.size(), what + " table " + t);
            for (int i = 0; i < ra.size(); i++) {
                assertArrayEquals(ra.get(i), rb.get(i), what + " table " + t + " row " + i);
            }
        }
        assertEquals(a.grids().size(), b.grids().size(), what);
        for (int g = 0; g < a.grids().size(); g++) {
            FieldGrid ga = a.grids().get(g);
            FieldGrid gb = b.grids().get(g);
            for (int j = 0; j < ga.ny(); j++) {
                for (int i = 0; i < ga.nx(); i++) {
                    assertEquals(Double.doubleToLongBits(ga.value(i, j)), Double.doubleToLongBits(gb.value(i, j)), what);
                }
            }
        }
    }
}
