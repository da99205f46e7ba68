package org.psmapathway.stats.cox;

/**
 * Log partial likelihood, score vector and information matrix at β: a port of {@code coxfit6_iter} in
 * survival's {@code src/coxfit6.c}. Tied-time groups are visited from the largest time down so that the
 * risk-set sums only grow; a stratum restarts them, and ties never cross strata. O(n·p²) per call.
 */
final class PartialLikelihood {

    private final CoxData d;
    private final boolean efron;
    // scratch, reused between calls
    private final double[] a;
    private final double[] a2;
    private final double[] cmat;
    private final double[] cmat2;
    private final double[] risk;

    PartialLikelihood(CoxData d, Ties ties) {
        this.d = d;
        this.efron = ties == Ties.EFRON;
        int p = d.p;
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * p];
        cmat2 = new double[p * p];
        risk = new double[d.n];
    }

    /**
     * Fills {@code u} (length p) and the upper triangle of {@code imat} (p × p), returns the log partial
     * likelihood. Case weights are 1.
     */
    double evaluate(double[] beta, double[] u, double[][] imat) {
        final int p = d.p;
        final int n = d.n;
        final double[] x = d.x;
        // risk scores in one tight pass; Σ η over the events
        double loglik = 0;
        for (int i = 0; i < n; i++) {
            double z = zbeta(beta, x, i * p, p);
            risk[i] = Math.exp(z);
            if (d.event[i]) {
                loglik += z;
            }
        }
        java.util.Arrays.fill(u, 0);
        for (double[] row : imat) {
            java.util.Arrays.fill(row, 0);
        }
        double denom = 0;
        final int[] start = d.groupStart;
        final int[] death = d.groupDeath;
        for (int g = start.length - 2; g >= 0; g--) {
            if (d.groupLastOfStratum[g]) { // a new stratum, walking backwards: restart the risk-set sums
                denom = 0;
                java.util.Arrays.fill(a, 0);
                java.util.Arrays.fill(cmat, 0);
            }
            int first = start[g];
            int firstDeath = death[g];
            int end = start[g + 1];
            for (int i = first; i < firstDeath; i++) {
                double r = risk[i];
                denom += r;
                addOuter(r, x, i * p, p, a, cmat);
            }
            int ndead = end - firstDeath;
            if (ndead == 0) {
                continue;
            }
            java.util.Arrays.fill(a2, 0);
            java.util.Arrays.fill(cmat2, 0);
            double denom2 = 0;
            for (int i = firstDeath; i < end; i++) {
                double r = risk[i];
                denom2 += r;
                int off = i * p;
                for (int j = 0; j < p; j++) {
                    u[j] += x[off + j];
                }
                addOuter(r, x, off, p, a2, cmat2);
            }
            if (!efron || ndead == 1) {
                // Breslow (and Efron with a single death, identical)
                denom += denom2;
                loglik -= ndead * Math.log(denom);
                for (int i = 0; i < p; i++) {
                    a[i] += a2[i];
                    double mean = a[i] / denom;
                    u[i] -= ndead * mean;
                    int ci = i * p;
                    for (int j = 0; j <= i; j++) {
                        cmat[ci + j] += cmat2[ci + j];
                        imat[j][i] += ndead * (cmat[ci + j] - mean * a[j]) / denom;
                    }
                }
            } else {
                // Efron: the k-th of ndead terms has (k+1)/ndead of the deaths' risk in the sums
                for (int k = 0; k < ndead; k++) {
                    denom += denom2 / ndead;
                    loglik -= Math.log(denom);
                    for (int i = 0; i < p; i++) {
                        a[i] += a2[i] / ndead;
                        double mean = a[i] / denom;
                        u[i] -= mean;
                        int ci = i * p;
                        for (int j = 0; j <= i; j++) {
                            cmat[ci + j] += cmat2[ci + j] / ndead;
                            imat[j][i] += (cmat[ci + j] - mean * a[j]) / denom;
                        }
                    }
                }
            }
        }
        return loglik;
    }

    private static double zbeta(double[] beta, double[] x, int off, int p) {
        double z = 0;
        for (int j = 0; j < p; j++) {
            z += beta[j] * x[off + j];
        }
        return z;
    }

    /** s += r·x, c += r·x x' (lower triangle, row-major p × p). */
    private static void addOuter(double r, double[] x, int off, int p, double[] s, double[] c) {
        for (int i = 0; i < p; i++) {
            double rx = r * x[off + i];
            s[i] += rx;
            int ci = i * p;
            for (int j = 0; j <= i; j++) {
                c[ci + j] += rx * x[off + j];
            }
        }
    }
}
