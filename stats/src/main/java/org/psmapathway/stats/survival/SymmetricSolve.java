package org.psmapathway.stats.survival;

/**
 * The quadratic form x'V⁻x for a symmetric non-negative definite V, by a Cholesky decomposition
 * that sets a pivot to zero when it is not above {@code tolerance} times the largest diagonal, in
 * the manner of survival's {@code cholesky2}/{@code chsolve2} (src/cholesky2.c): for a full-rank V
 * this is x'V⁻¹x as R's {@code solve()} gives it; for a singular V it uses a generalised inverse
 * instead of failing.
 */
final class SymmetricSolve {

    /** Pivots below this fraction of the largest diagonal element count as zero (cholesky2's toler). */
    static final double TOLERANCE = 1e-9;

    private SymmetricSolve() {
    }

    /** @return x'V⁻x and, in {@code rank[0]}, the rank found */
    static double quadraticForm(double[][] v, double[] x, int[] rank) {
        int p = x.length;
        double[][] m = new double[p][];
        double eps = 0;
        for (int i = 0; i < p; i++) {
            m[i] = v[i].clone();
            eps = Math.max(eps, Math.abs(m[i][i]));
        }
        eps *= TOLERANCE;
        int r = 0;
        // LDL' in place: lower triangle holds L (unit diagonal), diagonal holds D
        for (int i = 0; i < p; i++) {
            double pivot = m[i][i];
            if (pivot < eps || pivot == 0) {
                for (int j = i; j < p; j++) {
                    m[j][i] = 0;
                }
                m[i][i] = 0;
                continue;
            }
            r++;
            for (int j = i + 1; j < p; j++) {
                double temp = m[j][i] / pivot;
                m[j][j] -= temp * temp * pivot;
                for (int k = j + 1; k < p; k++) {
                    m[k][j] -= temp * m[k][i];
                }
                m[j][i] = temp;
            }
        }
        // solve L y = x, then x'V⁻x = Σ y_i² / D_i over the non-zero pivots
        double[] y = x.clone();
        double q = 0;
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < i; k++) {
                y[i] -= m[i][k] * y[k];
            }
            if (m[i][i] > 0) {
                q += y[i] * y[i] / m[i][i];
            }
        }
        if (rank != null) {
            rank[0] = r;
        }
        return q;
    }
}
