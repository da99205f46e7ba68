package org.psmapathway.store.synthetic;

import org.psmapathway.core.staging.StageGroup;

/**
 * The PSMA PET/CT stages of Table 1 of the seed-000 study (Nikitas et al., JNCCN 2026; n = 113),
 * in the table's order, which is also the order of increasing risk used for the latent prognostic
 * score ({@link CohortModel#stagePrognosticCorrelation()}).
 *
 * <p>The table gives the stage counts and the visible-lesion counts (0, 1, 2–3, 4–5, 6–8) only as
 * margins. The cross-tabulation below is constructed (not published): it reproduces both margins
 * exactly (1 lesion 44, 2–3 19, 4–5 2, 6–8 2; 0 lesions = the 46 negative scans) and gives each
 * stage at least as many lesions as it has involved categories.
 */
public enum TableOneStage {
  T0N0M0("miT0N0M0", 46, false, false, false, false, false, 0, 0, 0, 0),
  TRN0M0("miTrN0M0", 19, true, false, false, false, false, 17, 2, 0, 0),
  T0N1M0("miT0N1M0", 31, false, true, false, false, false, 22, 8, 1, 0),
  TRN1M0("miTrN1M0", 1, true, true, false, false, false, 0, 1, 0, 0),
  T0N0M1A("miT0N0M1a", 1, false, false, true, false, false, 1, 0, 0, 0),
  T0N1M1A("miT0N1M1a", 2, false, true, true, false, false, 0, 2, 0, 0),
  T0N0M1B("miT0N0M1b", 8, false, false, false, true, false, 4, 3, 0, 1),
  T0N1M1B("miT0N1M1b", 3, false, true, false, true, false, 0, 2, 1, 0),
  TRN1M1B("miTrN1M1b", 1, true, true, false, true, false, 0, 0, 0, 1),
  T0N1M1C("miT0N1M1c", 1, false, true, false, false, true, 0, 1, 0, 0);

  /** Visible-lesion bins of Table 1 above zero: 1, 2–3, 4–5, 6–8 (inclusive bounds). */
  static final int[][] LESION_BINS = {{1, 1}, {2, 3}, {4, 5}, {6, 8}};

  private final String label;
  private final int count;
  private final boolean local;
  private final boolean regional;
  private final boolean extrapelvic;
  private final boolean bone;
  private final boolean visceral;
  private final double[] lesionBinWeights;

  TableOneStage(String label, int count, boolean local, boolean regional, boolean extrapelvic,
      boolean bone, boolean visceral, double... lesionBinWeights) {
    this.label = label;
    this.count = count;
    this.local = local;
    this.regional = regional;
    this.extrapelvic = extrapelvic;
    this.bone = bone;
    this.visceral = visceral;
    this.lesionBinWeights = lesionBinWeights;
  }

  /** Label as {@code PromiseStager} would summarise it (miN1 for any regional nodes). */
  public String label() {
    return label;
  }

  /** Number of the 113 study patients with this stage. */
  public int count() {
    return count;
  }

  public boolean local() {
    return local;
  }

  public boolean regional() {
    return regional;
  }

  public boolean extrapelvic() {
    return extrapelvic;
  }

  public boolean bone() {
    return bone;
  }

  public boolean visceral() {
    return visceral;
  }

  /** Number of involved categories: the fewest lesions that can produce this stage. */
  public int minimumLesions() {
    return (local ? 1 : 0) + (regional ? 1 : 0) + (extrapelvic ? 1 : 0) + (bone ? 1 : 0)
        + (visceral ? 1 : 0);
  }

  /** Weights of the lesion-count bins {@link #LESION_BINS} for this stage (constructed table). */
  double[] lesionBinWeights() {
    return lesionBinWeights.clone();
  }

  /** The UCLA stage group. */
  public StageGroup group() {
    if (bone || visceral) {
      return StageGroup.M1B_M1C;
    }
    if (regional || extrapelvic) {
      return StageGroup.N1_M1A;
    }
    return local ? StageGroup.TRN0M0 : StageGroup.T0N0M0;
  }
}
