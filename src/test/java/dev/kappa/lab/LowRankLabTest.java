package dev.kappa.lab;

import static dev.kappa.lab.LabFixtures.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The low-rank lab against numpy (tools/fixtures/linear_algebra_lab_fixtures.py). */
class LowRankLabTest {
    private static final double[][] PICTURE = LabFixtures.read("low_rank_picture.csv");
    private static final double[][] PICTURE_SIGMA = LabFixtures.read("low_rank_picture_sigma.csv");
    private static final double[][] NOISY = LabFixtures.read("low_rank_noisy.csv");
    private static final double[][] NOISY_SIGMA = LabFixtures.read("low_rank_noisy_sigma.csv");

    private static LabOutput run(LowRankLab lab, String query) {
        return lab.compute(Query.read(LowRankLab.params(), query));
    }

    @Test
    void pictureSingularValuesAreLapacks() {
        LabOutput out = run(new LowRankLab(), "k=0");
        Series dropped = out.series("σᵢ dropped (i > k)");
        assertEquals(PICTURE_SIGMA.length, dropped.size());
        for (int i = 0; i < 40; i++) {
            assertRelative(PICTURE_SIGMA[i][1], dropped.y(i), 1e-11, "σ" + (i + 1) + " of Kappa's picture");
        }
    }

    @Test
    void eckartYoungHoldsOnThePictureAsNumpyMeasuresIt() {
        LowRankLab lab = new LowRankLab();
        for (double[] row : PICTURE) {
            int k = (int) row[0];
            if (row[1] < 1e-3) {
                continue; // near full rank the errors are rounding-sized; compared below with an absolute bound
            }
            LabOutput out = run(lab, "k=" + k);
            assertRelative(row[1], out.readout("eyTwo"), 1e-10, "σ_{k+1}, k = " + k);
            assertRelative(row[2], out.readout("err2"), 1e-10, "measured ‖A − A_k‖₂, k = " + k);
            assertRelative(row[3] / row[5], out.readout("relErrF"), 1e-10, "measured Frobenius error, k = " + k);
            assertRelative(row[4] / row[5], out.readout("eyF"), 1e-10, "Eckart–Young Frobenius error, k = " + k);
            assertTrue(out.readoutNamed("agree").text().startsWith("yes"), "agreement at k = " + k);
        }
        LabOutput full = run(lab, "k=128");
        assertTrue(full.readout("err2") < 1e-12 * PICTURE[0][1], "A_128 = A to rounding: " + full.readout("err2"));
    }

    @Test
    void truncationDenoisesNearTheTrueRank() {
        LowRankLab lab = new LowRankLab();
        for (double[] row : NOISY) {
            int k = (int) row[0];
            LabOutput out = run(lab, "source=noisy&k=" + k);
            if (k == 100) {
                // full rank: both errors are rounding-sized, numpy's and ours alike
                assertTrue(out.readout("err2") < 1e-12 * NOISY[0][1], "A_100 = A to rounding: " + out.readout("err2"));
                continue;
            }
            assertRelative(row[1], out.readout("eyTwo"), 1e-10, "noisy σ_{k+1}, k = " + k);
            assertRelative(row[2], out.readout("err2"), 1e-10, "noisy ‖A − A_k‖₂, k = " + k);
            assertRelative(row[3] / row[5], out.readout("relErrF"), 1e-10, "noisy Frobenius error, k = " + k);
            assertRelative(row[6], out.readout("cleanErr"), 1e-10, "error against L, k = " + k);
        }
        int best = 0;
        for (int i = 1; i < NOISY.length; i++) {
            if (NOISY[i][6] < NOISY[best][6]) {
                best = i;
            }
        }
        LabOutput out = run(lab, "source=noisy&k=5");
        assertEquals(NOISY[best][0], out.readout("bestK"), "numpy's best k against the clean matrix");
        assertEquals(5.0, out.readout("bestK"), "the best k is the true rank");
        Series s = out.series("σᵢ dropped (i > k)");
        for (int i = 5; i < 30; i++) {
            assertRelative(NOISY_SIGMA[i][1], s.y(i), 1e-10, "noisy σ" + (i + 1));
        }
    }

    @Test
    void withoutNoiseTheRankIsExact() {
        LabOutput out = run(new LowRankLab(), "source=noisy&k=5&noise=0");
        assertTrue(out.readout("eyTwo") < 1e-12 * out.readout("sigma1"), "σ₆ of a rank-5 matrix: " + out.readout("eyTwo"));
        assertTrue(out.readout("cleanErr") < 1e-13, "A_5 = L: " + out.readout("cleanErr"));
    }

    @Test
    void storageIsCountedFromTheShape() {
        LabOutput out = run(new LowRankLab(), "k=20");
        assertEquals("5140 of 16384", out.readoutNamed("storage").text());
        assertEquals(5140.0 / 16384, out.readout("storageRatio"), 1e-15);
    }

    @Test
    void aPictureOfTheLearnersIsUsedOnlyOnceTaken() {
        LowRankLab lab = new LowRankLab();
        LabOutput before = run(lab, "source=own&k=1");
        assertTrue(before.notes().get(0).contains("not in the page's address"), before.notes().toString());
        assertEquals("128×128", before.readoutNamed("size").text());
        double[] grey = new double[3 * 4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grey[i * 4 + j] = (i + 1) * (j + 1) / 12.0; // rank 1
            }
        }
        lab.takePicture(GreyPicture.of(3, 4, grey));
        ParamSet p = LowRankLab.params();
        lab.showPicture(p);
        p.set("k", 1);
        LabOutput after = lab.compute(p);
        assertEquals("3×4", after.readoutNamed("size").text());
        assertTrue(after.readout("eyTwo") < 1e-15, "a rank-1 picture at k = 1: σ₂ = " + after.readout("eyTwo"));
        assertTrue(after.notes().isEmpty(), after.notes().toString());
    }

    @Test
    void badPicturesAreRefusedWithTheirReason() {
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> GreyPicture.of(300, 10, new double[3000]));
        assertTrue(big.getMessage().contains("at most 256"), big.getMessage());
        IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
                () -> GreyPicture.ofBytes(2, 2, "ab\u0100c"));
        assertTrue(bytes.getMessage().contains("not 0…255"), bytes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GreyPicture.ofBytes(2, 2, "abc"));
    }
}
