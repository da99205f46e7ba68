package org.psmapathway.stats.cox;

/**
 * Log partial likelihood, score vector and information matrix at β: a port of {@code coxfit6_iter} in
 * survival's {@code src/coxfit6.c}. Rows are visited from the largest time down so that the risk-set
 * sums only grow; a stratum restarts them, and ties never cross strata. O(n·p²) per call.
 */
final class PartialLikelihood {

    private final CoxData d;
    private final boolean efron;
    // scratch, reused between calls
    private final double[] a;
    private final double[] a2;
    private final double[] cmat;
    private final double[] cmat2;

    PartialLikelihood(CoxData d, Ties ties) {
        this.d = d;
        this.efron = ties == Ties.EFRON;
        int p = d.p;
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * p];
        cmat2 = new double[p * p];
    }

    /**
     * Fills {@code u} (length p) and the upper triangle of {@code imat} (p × p), returns the log partial
     * likelihood. Case weights are 1.
     */
    double evaluate(double[] beta, double[] u, double[][] imat) {
        final int p = d.p;
        final double[] x = d.x;
        final double[] time = d.time;
        final boolean[] event = d.event;
        final boolean[] end = d.stratumEnd;
        java.util.Arrays.fill(u, 0);
        for (double[] row : imat) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(a2, 0);
        java.util.Arrays.fill(cmat2, 0);
        double loglik = 0;
        double denom = 0;
        for (int person = d.n - 1; person >= 0; ) {
            if (end[person]) {
                denom = 0;
                java.util.Arrays.fill(a, 0);
                java.util.Arrays.fill(cmat, 0);
            }
            double dtime = time[person];
            int ndead = 0;
            double denom2 = 0;
            while (person >= 0 && time[person] == dtime) {
                int off = person * p;
                double zbeta = 0;
                for (int i = 0; i < p; i++) {
                    zbeta += beta[i] * x[off + i];
                }
                double risk = Math.exp(zbeta);
                if (!event[person]) {
                    denom += risk;
                    for (int i = 0; i < p; i++) {
                        double xi = x[off + i];
                        double rx = risk * xi;
                        a[i] += rx;
                        int ci = i * p;
                        for (int j = 0; j <= i; j++) {
                            cmat[ci + j] += rx * x[off + j];
                        }
                    }
                } else {
                    ndead++;
                    denom2 += risk;
                    loglik += zbeta;
                    for (int i = 0; i < p; i++) {
                        double xi = x[off + i];
                        double rx = risk * xi;
                        u[i] += xi;
                        a2[i] += rx;
                        int ci = i * p;
                        for (int j = 0; j <= i; j++) {
                            cmat2[ci + j] += rx * x[off + j];
                        }
                    }
                }
                person--;
                if (person >= 0 && end[person]) {
                    break; // ties do not cross strata
                }
            }
            if (ndead > 0) {
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
                java.util.Arrays.fill(a2, 0);
                java.util.Arrays.fill(cmat2, 0);
            }
        }
        return loglik;
    }
}
