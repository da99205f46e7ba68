/**
 * Stable row orders of primitive columns, shared by every estimator that sorts by time, score or
 * stratum (Kaplan–Meier, log-rank, Gray, Cox, Fine–Gray, concordance): one radix sort, no boxing.
 */
package org.psmapathway.stats.sort;
