/**
 * Cox proportional hazards regression at parity with R's {@code survival::coxph} (Efron and Breslow
 * ties, strata, robust variance, concordance, {@code cox.zph}) and Fine–Gray subdistribution hazards
 * regression at parity with {@code cmprsk::crr}.
 */
package org.psmapathway.stats.cox;
