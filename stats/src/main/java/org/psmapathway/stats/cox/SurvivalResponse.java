package org.psmapathway.stats.cox;

/**
 * Right-censored response checked and coded as R's {@code Surv(time, status)} does: status 0/1 with
 * 1 = event, or 1/2 with 2 = event.
 */
final class SurvivalResponse {

    private SurvivalResponse() {
    }

    /**
     * Event indicators (true = event) for {@code status}. As R's {@code Surv()}: when the largest value is 2
     * the coding is 1/2 (status − 1), else 0/1. R turns any other value into NA with a warning; here it is
     * an error naming the row.
     */
    static boolean[] events(double[] status, String name) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : status) {
            max = Math.max(max, s);
        }
        double shift = max == 2 ? 1 : 0;
        boolean[] e = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            double s = status[i] - shift;
            if (s != 0 && s != 1) {
                throw new IllegalArgumentException("column '" + name + "' row " + i + ": expected status 0/1 (1 = event)"
                        + " or 1/2 (2 = event), got " + status[i]);
            }
            e[i] = s == 1;
        }
        return e;
    }

    static void checkTimes(double[] time, String name) {
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(time[i]) || time[i] < 0) {
                throw new IllegalArgumentException("column '" + name + "' row " + i
                        + ": expected a finite follow-up time >= 0, got " + time[i]);
            }
        }
    }
}
