package dev.kappa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kappa.linalg.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every lab of {@link LabCatalog} keeps, one dynamic test per lab and check (a failure
 * in one lab does not hide the others): a complete declaration; URL → state → URL → state is the
 * identity for every parameter (property test over random values); clamping with notes; presets
 * that are the defaults plus their own values and give no notes; deterministic outputs whose plots
 * are declared and whose every series has a declared look; no stale cache (a warm model after any
 * single-parameter change gives exactly what a fresh one gives); garbage and extreme values compute.
 */
class LabContractTest {
    @TestFactory
    Stream<DynamicNode> everyLab() {
        List<DynamicNode> labs = new ArrayList<>();
        for (LabDeclaration d : LabCatalog.all()) {
            String id = d.id();
            labs.add(DynamicContainer.dynamicContainer(id, Stream.of(
                    test("declaration is complete", () -> declarationIsComplete(id)),
                    test("URL round trip is exact for every parameter", () -> urlRoundTripIsExact(id)),
                    test("out-of-range values are clamped with a note", () -> outOfRangeIsClamped(id)),
                    test("presets are defaults plus their values", () -> presetsAreDefaultsPlusTheirValues(id)),
                    test("outputs are deterministic, declared and styled", () -> outputsAreDeclared(id)),
                    test("warm model equals fresh after single-parameter changes", () -> warmEqualsFresh(id)),
                    test("garbage parameters give notes and defaults", () -> garbageGivesNotes(id)),
                    test("the corners of every range compute", () -> cornersCompute(id)))));
        }
        return labs.stream();
    }

    private static DynamicTest test(String name, Executable body) {
        return DynamicTest.dynamicTest(name, body);
    }

    @Test
    void idsAreUniqueAndFoundById() {
        List<String> seen = new ArrayList<>();
        for (LabDeclaration d : LabCatalog.all()) {
            assertFalse(seen.contains(d.id()), "two labs called " + d.id());
            seen.add(d.id());
            assertEquals(d.id(), LabCatalog.create(d.id()).id());
        }
        assertEquals(null, LabCatalog.create("no-such-lab"));
        assertTrue(seen.size() >= 9, "the nine labs of wave 1 at least: " + seen);
    }

    static void declarationIsComplete(String id) {
        LabDeclaration d = LabCatalog.declaration(id);
        assertEquals("", d.problems(), id);
        for (Param p : d.spec().params()) {
            assertFalse(p.label().isEmpty(), id + "." + p.name() + " has no label");
        }
    }

    /**
     * Property test: for every parameter, seeded random values (and its bounds) set on the defaults
     * and on a random state write a URL that reads back to the same bits and writes the same URL.
     */
    static void urlRoundTripIsExact(String id) {
        LabModel m = LabCatalog.create(id);
        Rng rng = new Rng(id.hashCode());
        for (int trial = 0; trial < 40; trial++) {
            ParamSet state = trial % 2 == 0 ? m.spec() : randomState(m.spec(), rng);
            for (Param p : state.params()) {
                setRandom(state, p, rng, trial);
                String url = state.toQuery();
                ParamSet back = Query.read(m.spec(), url);
                assertEquals(List.of(), back.notes(), id + ": " + url);
                assertTrue(back.sameValues(state), id + "." + p.name() + ": " + url + " read back as " + back.toQuery());
                assertEquals(url, back.toQuery(), id + "." + p.name());
            }
        }
    }

    static ParamSet randomState(ParamSet spec, Rng rng) {
        ParamSet s = spec.copy();
        for (Param p : s.params()) {
            setRandom(s, p, rng, (int) (rng.uniform() * 10));
        }
        return s;
    }

    /** A random value of the kind a control or a drag produces (trial 0 and 1: the bounds). */
    static void setRandom(ParamSet s, Param p, Rng rng, int trial) {
        switch (p.kind()) {
            case CHOICE: {
                String[] c = p.choices();
                s.setChoice(p.name(), c[(int) (rng.uniform() * c.length)]);
                break;
            }
            case FLAG:
                s.set(p.name(), rng.uniform() < 0.5 ? 0 : 1);
                break;
            case TEXT:
                s.setText(p.name(), p.holdsPoints() && rng.uniform() < 0.5 ? PointData.toQuery(
                        new double[] {rng.uniform(), 1 + rng.uniform() * 3}, new double[] {rng.gaussian(), rng.gaussian()})
                        : "");
                break;
            default:
                double v;
                if (trial == 0) {
                    v = p.min();
                } else if (trial == 1) {
                    v = p.max();
                } else if (p.logScale()) {
                    v = Math.pow(10, Math.log10(p.min()) + rng.uniform() * (Math.log10(p.max()) - Math.log10(p.min())));
                } else {
                    v = p.min() + rng.uniform() * (p.max() - p.min());
                }
                s.set(p.name(), v);
        }
    }

    static void outOfRangeIsClamped(String id) {
        LabModel m = LabCatalog.create(id);
        for (Param p : m.spec().params()) {
            if (p.kind() != Param.Kind.NUMBER && p.kind() != Param.Kind.INTEGER) {
                continue;
            }
            Map<String, String> url = new LinkedHashMap<>();
            url.put(p.name(), "1e300");
            ParamSet read = m.spec().readFrom(url);
            assertEquals(p.max(), read.number(p.name()), 1e-9 * Math.abs(p.max()), id + "." + p.name());
            assertEquals(1, read.notes().size(), id + "." + p.name() + " " + read.notes());
            url.put(p.name(), "-1e300");
            assertEquals(p.min(), m.spec().readFrom(url).number(p.name()), 1e-9 * Math.abs(p.min()) + 1e-300,
                    id + "." + p.name());
        }
    }

    static void presetsAreDefaultsPlusTheirValues(String id) {
        LabModel m = LabCatalog.create(id);
        List<Preset> presets = m.allPresets();
        for (Preset a : presets) {
            ParamSet read = a.applyTo(m.spec());
            assertEquals(List.of(), read.notes(), id + " preset '" + a.label() + "' needs fixing");
            assertTrue(a.route(id).startsWith("#/lab/" + id));
            for (Preset b : presets) {
                // after any other preset, and after any random state, a preset gives its own state
                ParamSet after = b.applyTo(a.applyTo(m.spec()));
                assertTrue(after.sameValues(b.applyTo(m.spec())), id + ": '" + b.label() + "' after '" + a.label() + "'");
                assertTrue(b.matches(after), id + ": '" + b.label() + "' shows as active after it is applied");
            }
        }
    }

    static void outputsAreDeclared(String id) {
        LabModel model = LabCatalog.create(id);
        LabDeclaration d = model.declaration();
        List<ParamSet> states = new ArrayList<>();
        states.add(model.spec());
        for (Preset p : model.allPresets()) {
            states.add(p.applyTo(model.spec()));
        }
        boolean first = true;
        for (ParamSet ps : states) {
            LabOutput a = model.compute(ps);
            LabOutput b = (first ? LabCatalog.create(id) : model).compute(ps);
            first = false;
            String what = id + " " + ps.toQuery();
            assertSame(a, b, what);
            assertFalse(a.summary().isEmpty(), what + " has no summary");
            assertFalse(a.plots().isEmpty(), what + " shows no plot");
            for (PlotSpec shown : a.plots()) {
                assertNotNull(d.plot(shown.id()), what + ": plot '" + shown.id() + "' is not declared");
            }
            for (Series s : a.series()) {
                PlotSpec spec = a.plotNamed(s.plot());
                assertNotNull(spec, what + ": series '" + s.name() + "' on a plot not shown");
                assertNotNull(spec.lookOf(s.name()), what + ": series '" + s.name() + "' on '" + s.plot()
                        + "' has no declared look");
            }
            for (Marker mk : a.markers()) {
                PlotSpec spec = a.plotNamed(mk.plot());
                assertNotNull(spec, what + ": marker '" + mk.name() + "' on a plot not shown");
                if (mk.kind() == Marker.Kind.POINT || mk.kind() == Marker.Kind.ARROW) {
                    assertNotNull(spec.lookOf(mk.name()), what + ": marker '" + mk.name() + "' has no declared look");
                }
            }
            for (PlotSpec spec : a.plots()) {
                if (spec.handle() != null) {
                    assertNotNull(a.marker(spec.id(), spec.handle().marker()), what + ": the handle's marker");
                }
                if (spec.pointsParam() != null) {
                    assertNotNull(a.editablePoints(spec.id()), what + ": the editable points");
                }
            }
            for (LabOutput.Readout r : a.readouts()) {
                assertFalse(r.text().isEmpty(), what + ": readout " + r.key());
            }
        }
    }

    /**
     * No model cache returns a stale picture: from the defaults and from every preset, each
     * parameter is moved to other values (its bounds, another choice, the flipped flag); a model
     * that computed the state before must give exactly what a fresh model gives.
     */
    static void warmEqualsFresh(String id) {
        LabModel warm = LabCatalog.create(id);
        List<ParamSet> bases = new ArrayList<>();
        bases.add(warm.spec());
        for (Preset p : warm.allPresets()) {
            if (bases.size() < 3) {
                bases.add(p.applyTo(warm.spec()));
            }
        }
        Rng rng = new Rng(7);
        for (ParamSet base : bases) {
            for (Param p : base.params()) {
                for (ParamSet changed : changes(base, p, rng)) {
                    if (changed.sameValues(base)) {
                        continue;
                    }
                    light(changed);
                    ParamSet before = base.copy();
                    light(before);
                    warm.compute(before);
                    LabOutput w = warm.compute(changed);
                    LabOutput f = LabCatalog.create(id).compute(changed);
                    assertSame(w, f, id + ": after " + before.toQuery() + " then " + p.name() + " → " + changed.toQuery());
                }
            }
        }
    }

    /**
     * Keeps the sizes of this test's states moderate (twenty averaged 300-sample double-descent sweeps
     * or 5000 iterations add nothing to a cache check; the browser test runs every lab at its maxima).
     */
    private static void light(ParamSet s) {
        cap(s, "seeds", 2);
        cap(s, "steps", 400);
        cap(s, "nmax", 80);
        cap(s, "d", 40);
        cap(s, "n", 120);
    }

    private static void cap(ParamSet s, String name, int most) {
        for (Param p : s.params()) {
            if (p.name().equals(name) && p.kind() == Param.Kind.INTEGER && s.integer(name) > most) {
                s.set(name, most);
            }
        }
    }

    private static List<ParamSet> changes(ParamSet base, Param p, Rng rng) {
        List<ParamSet> out = new ArrayList<>();
        switch (p.kind()) {
            case CHOICE:
                for (String c : p.choices()) {
                    out.add(base.copy().setChoice(p.name(), c));
                }
                break;
            case FLAG:
                out.add(base.copy().set(p.name(), base.flag(p.name()) ? 0 : 1));
                break;
            case TEXT:
                out.add(base.copy().setText(p.name(), p.holdsPoints() ? "0,1;1,3;2,2;3,5" : "x"));
                out.add(base.copy().setText(p.name(), ""));
                break;
            default:
                out.add(base.copy().set(p.name(), p.min()));
                out.add(base.copy().set(p.name(), p.max()));
                ParamSet r = base.copy();
                setRandom(r, p, rng, 5);
                out.add(r);
        }
        return out;
    }

    static void garbageGivesNotes(String id) {
        LabModel m = LabCatalog.create(id);
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
        assertTrue(read.notes().size() >= checked, id + " " + read.notes());
        assertNotNull(m.compute(read).summary());
    }

    static void cornersCompute(String id) {
        LabModel m = LabCatalog.create(id);
        for (int corner = 0; corner < 2; corner++) {
            ParamSet ps = m.spec();
            for (Param p : ps.params()) {
                if (p.kind() == Param.Kind.NUMBER || p.kind() == Param.Kind.INTEGER) {
                    ps.set(p.name(), corner == 0 ? p.min() : p.max());
                }
            }
            cap(ps, "seeds", 3);
            cap(ps, "steps", 1000);
            LabOutput out = m.compute(ps);
            assertNotNull(out.summary(), id + " corner " + corner);
            for (PlotSpec spec : out.plots()) {
                double[] r = PlotRange.of(spec, out).range();
                assertTrue(r[0] < r[1] && r[2] < r[3], id + " corner " + corner + " plot " + spec.id());
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
        assertEquals(a.readouts().size(), b.readouts().size(), what);
        for (int i = 0; i < a.readouts().size(); i++) {
            LabOutput.Readout r = a.readouts().get(i);
            LabOutput.Readout q = b.readouts().get(i);
            assertEquals(r.key(), q.key(), what);
            assertEquals(Double.doubleToLongBits(r.value()), Double.doubleToLongBits(q.value()), what + " " + r.key());
            assertEquals(r.text(0), q.text(0), what + " " + r.key());
            assertEquals(r.text(), q.text(), what + " " + r.key());
        }
        assertEquals(a.summary(), b.summary(), what);
        assertEquals(a.notes(), b.notes(), what);
        assertEquals(a.steps(), b.steps(), what);
        assertEquals(a.rule(Integer.MAX_VALUE), b.rule(Integer.MAX_VALUE), what);
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
            assertArrayEquals(ga.levels(), gb.levels(), 0.0, what);
            for (int j = 0; j < ga.ny(); j++) {
                for (int i = 0; i < ga.nx(); i++) {
                    assertEquals(Double.doubleToLongBits(ga.value(i, j)), Double.doubleToLongBits(gb.value(i, j)), what);
                }
            }
        }
        assertEquals(LabFingerprint.of(a), LabFingerprint.of(b), what + ": fingerprint");
    }
}
