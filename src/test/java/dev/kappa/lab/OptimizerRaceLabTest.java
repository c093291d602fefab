package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimizerRaceLabTest {
    private static final double[][] REF = LabFixtures.read("optimizer_race.csv");

    private static LabOutput run(String query) {
        return new OptimizerRaceLab().compute(Query.read(OptimizerRaceLab.params(), query));
    }

    @Test
    void gdOnTheQuadraticFollowsTheClosedForm() {
        LabOutput out = run("landscape=quadratic&x0=-2&y0=1.5&kappa=50&gd_eta=0.019&steps=300");
        Series path = out.series("GD");
        for (int r = 0; r < REF.length - 1; r++) {
            int k = (int) REF[r][0];
            assertRelative(REF[r][1], path.x(k), 1e-10, "GD x at step " + k);
            assertRelative(REF[r][2], path.y(k), 1e-10, "GD y at step " + k);
            assertRelative(REF[r][3], out.series("GD").size() > k ? lossAt(out, "GD", k) : Double.NaN, 1e-9,
                    "GD loss at step " + k);
        }
    }

    private static double lossAt(LabOutput out, String name, int k) {
        for (Series s : out.series()) {
            if (s.name().equals(name) && s.plot().equals(OptimizerRaceLab.LOSS_PLOT)) {
                return s.y(k);
            }
        }
        throw new AssertionError("no loss series " + name);
    }

    @Test
    void logisticMinimumMatchesScipy() {
        LabOutput out = run("landscape=logistic");
        assertRelative(REF[REF.length - 1][3], out.readout("fStar"), 1e-10, "logistic f*");
    }

    @Test
    void rosenbrockShowsTheClassicLessons() {
        LabOutput out = run("");
        assertTrue(out.readout("newton-iterations") < 20, "Newton " + out.readout("newton-iterations"));
        assertTrue(out.readout("lbfgs-iterations") < 100);
        assertTrue(Double.isNaN(out.readout("gd-iterations")), "GD should still be crawling");
        assertTrue(out.readout("gd-final") > out.readout("momentum-final"), "momentum should beat GD");
    }

    @Test
    void tooLargeAStepDivergesAsAStateWithFinitePoints() {
        LabOutput out = run("landscape=quadratic&gd_eta=0.021&steps=3000");
        assertEquals(1, out.readout("gd-diverged"));
        Series path = out.series("GD");
        for (int k = 0; k < path.size(); k++) {
            assertTrue(Double.isFinite(path.x(k)) && Double.isFinite(path.y(k)), "point " + k);
        }
        assertTrue(out.tableNamed("results").rows().get(0)[4].startsWith("diverged"));
        assertEquals(0, run("landscape=quadratic&gd_eta=0.019").readout("gd-diverged"));
    }

    @Test
    void newtonIsAttractedToTheSaddleWhileGdEscapes() {
        LabOutput out = run("landscape=saddle&x0=1&y0=0.01&gd_eta=0.05&steps=100");
        assertEquals(0.0, out.readout("newton-final"), 1e-15);
        assertTrue(out.readout("gd-final") < -1, "GD final loss " + out.readout("gd-final"));
    }

    @Test
    void landscapeGridHasTheRosenbrockMinimumAndAscendingLevels() {
        FieldGrid g = run("").grids().get(0);
        assertEquals(1.0, g.x(120), 1e-15);
        assertEquals(1.0, g.y(80), 1e-15);
        // the grid holds log₁₀(f − f* + tiny), tiny = 10⁻⁶·(max f − f*): at the minimum f = 0, so 10^value = tiny
        double tiny = Math.pow(10, g.value(120, 80));
        for (int i = 0; i < g.nx(); i++) {
            for (int j = 0; j < g.ny(); j++) {
                assertTrue(g.value(i, j) >= g.value(120, 80), "the minimum is the grid's lowest value");
            }
        }
        double x = g.x(10);
        double y = g.y(50);
        double f = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        assertEquals(f, Math.pow(10, g.value(10, 50)) - tiny, 1e-9 * f);
        double[] levels = g.levels();
        for (int k = 1; k < levels.length; k++) {
            assertTrue(levels[k] > levels[k - 1], "levels must ascend");
        }
    }

    @Test
    void noOptimizerSelectedIsANoteNotAnError() {
        LabOutput out = run("gd=0&momentum=0&adam=0&newton=0&lbfgs=0");
        assertEquals(1, out.notes().size());
    }
    /**
     * Issue 15: with eight optimizers GD and Newton shared a colour, so did Momentum and L-BFGS, and an
     * optimizer's colour changed between presets (colours went by position in the list shown). Now
     * each optimizer has one look on both plots in every preset, with all nine switched on.
     */
    @Test
    void everyOptimizerKeepsItsOwnLookInEveryPreset() {
        StringBuilder all = new StringBuilder();
        for (String o : OptimizerRaceLab.OPTIMIZERS) {
            all.append('&').append(o).append("=1");
        }
        OptimizerRaceLab lab = new OptimizerRaceLab();
        java.util.Map<String, Look> seen = new java.util.HashMap<>();
        for (Preset p : lab.allPresets()) {
            ParamSet values = Query.read(p.applyTo(lab.spec()), all.substring(1));
            LabOutput out = lab.compute(values);
            for (PlotSpec spec : out.plots()) {
                int drawn = 0;
                for (Series s : out.series()) {
                    int i = java.util.Arrays.asList(OptimizerRaceLab.NAMES).indexOf(s.name());
                    if (!s.plot().equals(spec.id()) || i < 0) {
                        continue;
                    }
                    drawn++;
                    Look look = spec.lookOf(s.name());
                    assertEquals(OptimizerRaceLab.LOOKS[i].toString(), look.toString(), s.name() + " in " + p.label());
                    Look before = seen.putIfAbsent(s.name(), look);
                    assertEquals(look.toString(), (before == null ? look : before).toString(), s.name());
                }
                assertEquals(spec.id().equals("landscape") || spec.id().equals("loss") ? OptimizerRaceLab.NAMES.length : drawn, drawn,
                        "all drawn on " + spec.id() + " in " + p.label());
            }
        }
        for (int i = 0; i < OptimizerRaceLab.LOOKS.length; i++) {
            for (int j = 0; j < i; j++) {
                Look a = OptimizerRaceLab.LOOKS[i];
                Look b = OptimizerRaceLab.LOOKS[j];
                assertTrue(a.distinctFrom(b), OptimizerRaceLab.NAMES[i] + " and " + OptimizerRaceLab.NAMES[j]);
            }
        }
        assertTrue(OptimizerRaceLab.LOOKS[0].colour() != OptimizerRaceLab.LOOKS[7].colour(), "GD and Newton");
        assertTrue(OptimizerRaceLab.LOOKS[1].colour() != OptimizerRaceLab.LOOKS[8].colour(), "Momentum and L-BFGS");
    }
    /**
     * Issue 15: Rosenbrock's contours had stray fragments, small closed loops where a level's thin
     * banana around the valley floor falls between grid points (spanning ~1–3 % of the view, 5–15 px).
     * Every piece of every level must be a visible curve (≥ 4 % of the view) or under 0.25 % of it
     * (a level's very tip, where the banana is thinner than any grid: under 1.5 px on a 560 px plot);
     * a piece the view's edge cuts off (a level crossing a corner) may be short.
     */
    @Test
    void rosenbrockContoursHaveNoStrayFragments() {
        FieldGrid g = OptimizerRaceLab.grid("rosenbrock", new dev.kappa.optim.Rosenbrock(), 0);
        double view = g.xMax() - g.xMin();
        double[] levels = g.levels();
        for (int k = 0; k < levels.length; k++) {
            double level = levels[k];
            for (double[] box : pieces(g.contour(k))) {
                double span = Math.max(box[1] - box[0], box[3] - box[2]);
                boolean cutByTheView = box[0] <= g.xMin() || box[1] >= g.xMax() || box[2] <= g.yMin() || box[3] >= g.yMax();
                assertTrue(cutByTheView || span > 0.04 * view || span < 0.0025 * view, "level " + level + ": a piece of contour spanning only " + span
                        + " around (" + box[0] + ", " + box[2] + ")");
            }
        }
    }

    /** The bounding boxes {xmin, xmax, ymin, ymax} of the connected pieces of a segment soup (endpoints shared exactly). */
    private static java.util.List<double[]> pieces(double[] segs) {
        int n = segs.length / 4;
        int[] parent = new int[n];
        java.util.Map<String, Integer> owner = new java.util.HashMap<>();
        for (int s = 0; s < n; s++) {
            parent[s] = s;
        }
        for (int s = 0; s < n; s++) {
            for (int e = 0; e < 2; e++) {
                String key = (float) segs[4 * s + 2 * e] + "," + (float) segs[4 * s + 2 * e + 1];
                Integer o = owner.putIfAbsent(key, s);
                if (o != null) {
                    parent[find(parent, s)] = find(parent, o);
                }
            }
        }
        java.util.Map<Integer, double[]> boxes = new java.util.HashMap<>();
        for (int s = 0; s < n; s++) {
            double[] b = boxes.computeIfAbsent(find(parent, s), r -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE});
            for (int e = 0; e < 2; e++) {
                b[0] = Math.min(b[0], segs[4 * s + 2 * e]);
                b[1] = Math.max(b[1], segs[4 * s + 2 * e]);
                b[2] = Math.min(b[2], segs[4 * s + 2 * e + 1]);
                b[3] = Math.max(b[3], segs[4 * s + 2 * e + 1]);
            }
        }
        return new java.util.ArrayList<>(boxes.values());
    }

    private static int find(int[] parent, int s) {
        int r = s;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    @Test
    void cgFinishesTheTwoDimensionalQuadraticInTwoSteps() {
        // Linear CG with exact line searches terminates in n = 2 steps; the minimum of ½wᵀAw is 0.
        LabOutput out = run("landscape=quadratic&x0=-2&y0=1.5&kappa=50&gd_eta=0.019&cg=1&steps=300");
        assertTrue(lossAt(out, "CG", 2) < 1e-20, "f after two CG steps " + lossAt(out, "CG", 2));
        assertTrue(lossAt(out, "CG", 1) > 1e-3, "one step cannot do it: " + lossAt(out, "CG", 1));
        assertTrue(out.readout("gd-iterations") > 100, "GD " + out.readout("gd-iterations"));
    }

    @Test
    void nonlinearCgAndBacktrackingReachRosenbrocksMinimum() {
        LabOutput out = run("cg=1&backtracking=1&steps=5000");
        Series cg = out.series("CG");
        int last = cg.size() - 1;
        assertEquals(1.0, cg.x(last), 1e-6, "CG x");
        assertEquals(1.0, cg.y(last), 1e-6, "CG y");
        // Both are descent methods with a line search: f never goes up.
        for (String name : new String[] {"CG", "GD (backtracking)"}) {
            for (int k = 1; k < out.series(name).size(); k++) {
                assertTrue(lossAt(out, name, k) <= lossAt(out, name, k - 1), name + " rose at step " + k);
            }
        }
        assertTrue(out.readout("cg-iterations") < out.readout("backtracking-iterations")
                || Double.isNaN(out.readout("backtracking-iterations")), "CG should beat steepest descent");
    }

    @Test
    void sgdWithABatchOfOneFollowsOneEigenDirectionPerStep() {
        // The quadratic's two terms are ½λᵢ(qᵢᵀw)² with qᵢ at 30° and 120°: each SGD step of a batch of
        // one moves along q₁ or q₂, never in between.
        LabOutput out = run("landscape=quadratic&sgd=1&sgd_eta=0.003&steps=50");
        Series sgd = out.series("SGD");
        double[] q1 = {Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)};
        for (int k = 1; k < sgd.size(); k++) {
            double dx = sgd.x(k) - sgd.x(k - 1);
            double dy = sgd.y(k) - sgd.y(k - 1);
            if (Math.hypot(dx, dy) < 1e-9) {
                continue; // that term is at its minimum: a rounding-level step, in no particular direction
            }
            double along = Math.abs(dx * q1[0] + dy * q1[1]) / Math.hypot(dx, dy);
            assertTrue(along > 1 - 1e-12 || along < 1e-12, "step " + k + " is not along an eigenvector: " + along);
        }
    }

    @Test
    void sgdWithTheWholeSumIsGradientDescent() {
        LabOutput two = run("landscape=rosenbrock&sgd=1&sgd_batch=2&sgd_eta=0.001&gd_eta=0.001&steps=200");
        LabOutput all = run("landscape=logistic&sgd=1&sgd_batch=60&sgd_eta=0.5&gd_eta=0.5&steps=200");
        for (LabOutput out : new LabOutput[] {two, all}) {
            Series gd = out.series("GD");
            Series sgd = out.series("SGD");
            assertEquals(gd.size(), sgd.size());
            for (int k = 0; k < gd.size(); k++) {
                assertEquals(gd.x(k), sgd.x(k), 1e-12 * (1 + Math.abs(gd.x(k))), "x at " + k);
                assertEquals(gd.y(k), sgd.y(k), 1e-12 * (1 + Math.abs(gd.y(k))), "y at " + k);
            }
        }
        assertTrue(run("landscape=rosenbrock&sgd=1&sgd_batch=5").notes().stream()
                .anyMatch(n -> n.contains("SGD batch size 5")), "a batch larger than the sum is explained");
    }

    @Test
    void theRuleBoxShowsEverySelectedMethodWithTheNumbersOfTheStepOnDisplay() {
        String all = "gd=1&momentum=1&nesterov=1&adagrad=1&rmsprop=1&adam=1&adamw=1&newton=1&lbfgs=1&sgd=1"
                + "&backtracking=1&cg=1&steps=40";
        LabOutput out = run(all);
        String rule = out.rule(5);
        String[] lines = rule.split("\n");
        assertEquals(OptimizerRaceLab.NAMES.length, lines.length, rule);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(OptimizerRaceLab.NAMES[i] + ": "), lines[i]);
        }
        // GD's line ends with w₅, the iterate the player shows at step 5.
        Series gd = out.series("GD");
        assertTrue(lines[0].startsWith("GD: w₅ = w₄ − η∇f(w₄)"), lines[0]);
        assertTrue(lines[0].endsWith("(" + NumberText.format(gd.x(5), 4) + ", " + NumberText.format(gd.y(5), 4) + ")"),
                lines[0]);
        // Newton stops at the minimum within a few steps: its line says so at a late step.
        assertTrue(out.rule(39).split("\n")[7].startsWith("Newton: stopped after"), out.rule(39));
    }
}
