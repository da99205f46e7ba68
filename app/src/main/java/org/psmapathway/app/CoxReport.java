package org.psmapathway.app;

import org.psmapathway.stats.cox.CoxFit;
import org.psmapathway.stats.cox.CoxZph;

/**
 * What {@code psma cox} prints: the fit, the model as R would write it, and the cox.zph table when
 * asked for (null otherwise).
 */
record CoxReport(String model, CoxFit fit, boolean robust, double confLevel, CoxZph.Result zph) {}
