package dev.kappa.linalg;

/**
 * Sequential QR by rows: folds one new row of X (and its target value) into an upper-trapezoidal
 * factor R, held as rows {@code r[0..k-1]} (row i meaningful from column i on), and into z = Qᵀt,
 * with one Givens rotation per existing row. Q itself is never formed; each new row costs O(k·D)
 * and the update is backward stable, so labs and sweeps that add rows one at a time (the
 * double-descent prefixes) need no refactorization.
 */
public final class GivensRowUpdate {
    private GivensRowUpdate() {
    }

    /**
     * Rotates {@code row} (overwritten) and {@code tn} against the first {@code k} rows of R and z.
     * Afterwards the entries 0..k-1 of {@code row} are zero in exact arithmetic; the returned value
     * is what is left of {@code tn}. If k is below the column count the caller appends the rotated
     * row as R's row k and the returned value as z[k]; otherwise that value's square is the row's
     * contribution to the residual ‖t − QQᵀt‖².
     */
    public static double fold(double[][] r, double[] z, int k, double[] row, double tn) {
        int d = row.length;
        double rest = tn;
        for (int i = 0; i < k; i++) {
            double b = row[i];
            if (b == 0.0) {
                continue;
            }
            double[] ri = r[i];
            double a = ri[i];
            double h = QR.hypot(a, b);
            double cs = a / h;
            double sn = b / h;
            for (int j = i; j < d; j++) {
                double rij = ri[j];
                double xj = row[j];
                ri[j] = cs * rij + sn * xj;
                row[j] = cs * xj - sn * rij;
            }
            double zi = z[i];
            z[i] = cs * zi + sn * rest;
            rest = cs * rest - sn * zi;
        }
        return rest;
    }
}
