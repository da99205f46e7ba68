package org.psmapathway.stats.cox;

/**
 * Right-censored response checked and coded as R's {@code Surv(time, status)} does: status 0/1 with
 * 1 = event, or 1/2 with 2 = event (all values 1 or 2), also accepted as TRUE/FALSE by the caller
 * mapping them to 1/0.
 */
final class SurvivalResponse {

    private SurvivalResponse() {
    }

    /** Event indicators (true = event) for {@code status}; throws naming the first bad row. */
    static boolean[] events(double[] status, String name) {
        boolean oneTwo = true;
        for (double s : status) {
            if (s != 1 && s != 2) {
                oneTwo = false;
                break;
            }
        }
        boolean[] e = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            double s = status[i];
            if (oneTwo) {
                e[i] = s == 2;
            } else if (s == 0 || s == 1) {
                e[i] = s == 1;
            } else {
                throw new IllegalArgumentException("column '" + name + "' row " + i + ": expected status 0/1 (1 = event)"
                        + " or 1/2 (2 = event), got " + s);
            }
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
