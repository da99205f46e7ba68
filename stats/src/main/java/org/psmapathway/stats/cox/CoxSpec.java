package org.psmapathway.stats.cox;

/**
 * What to fit: {@code Surv(time, status) ~ formula + strata(strata)}, with optional {@code cluster(cluster)}.
 *
 * @param time    numeric column of follow-up times (≥ 0)
 * @param status  numeric event column coded as R's {@code Surv} accepts: 0/1 (1 = event) or 1/2 (2 = event)
 * @param formula right-hand side, e.g. {@code "age*sex + ph.ecog"} (see {@link org.psmapathway.stats.model.Formula})
 * @param strata  column whose distinct values define strata, or {@code null}
 * @param cluster column whose distinct values define clusters for the robust variance, or {@code null}
 *                (then every row is its own cluster)
 */
public record CoxSpec(String time, String status, String formula, String strata, String cluster) {

  public static CoxSpec of(String time, String status, String formula) {
    return new CoxSpec(time, status, formula, null, null);
  }

  public CoxSpec withStrata(String column) {
    return new CoxSpec(time, status, formula, column, cluster);
  }

  public CoxSpec withCluster(String column) {
    return new CoxSpec(time, status, formula, strata, column);
  }
}
