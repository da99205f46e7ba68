/**
 * Model frames and design matrices as R's {@code model.frame} / {@code model.matrix} build them:
 * numeric and categorical columns, treatment (dummy) coding, interactions, and listwise deletion of
 * rows with a missing value. Independent of any particular regression, so that Cox and logistic
 * regression share one design matrix.
 */
package org.psmapathway.stats.model;
