package org.psmapathway.stats.survival;

import static org.psmapathway.stats.testing.RelativeTolerance.assertClose;
import org.psmapathway.stats.testing.ReferenceCsv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cumulative incidence on survival::mgus2 (PCM vs death before PCM, months) against R: survfit
 * Aalen–Johansen (mgus2_aalen_johansen.csv) and cmprsk::cuminc (mgus2_cmprsk_cuminc.csv), 1e-9
 * relative.
 */
class CompetingRisksTest {

  private static final double REL = 1e-9;
  private static final List<String> CAUSES = List.of("pcm", "death");
  private static final double[] TIMES = {60, 120, 240, 360};

  static final ReferenceCsv MGUS2 = ReferenceCsv.read("mgus2_competing.csv");
  static final double[] TIME = MGUS2.numbers("etime");
  static final int[] STATUS = status(MGUS2.texts("event"));

  private static int[] status(String[] event) {
    int[] s = new int[event.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = switch (event[i]) {
        case "censor" -> 0;
        case "pcm" -> 1;
        case "death" -> 2;
        default -> throw new IllegalStateException(event[i]);
      };
    }
    return s;
  }

  @Test
  void aalenJohansenMatchesSurvfit() {
    ReferenceCsv ref = ReferenceCsv.read("mgus2_aalen_johansen.csv");
    CumulativeIncidenceResult r = AalenJohansen.estimate(TIME, STATUS, CAUSES,
        GroupCoding.single(TIME.length),
        TIMES);
    assertThat(r.groups()).hasSize(2);
    for (int row = 0; row < ref.rows().size(); row++) {
      assertThat(ReferenceCsv.number(ref.rows().get(row), "time")).isEqualTo(TIMES[row]);
      for (int c = 0; c < 2; c++) {
        String cause = CAUSES.get(c);
        CumulativeIncidenceResult.At at = r.groups().get(c).at().get(row);
        assertThat(r.groups().get(c).cause()).isEqualTo(cause);
        assertClose(cause + " cif at " + at.time(), at.estimate(), ReferenceCsv.number(ref.rows().get(row), "cif_" + cause), REL);
        assertClose(cause + " se at " + at.time(), at.se(), ReferenceCsv.number(ref.rows().get(row), "se_" + cause), REL);
      }
      double p0 = 1 - r.groups().get(0).at().get(row).estimate() - r.groups().get(1).at().get(
          row).estimate();
      assertClose("event-free at " + TIMES[row], p0, ReferenceCsv.number(ref.rows().get(row), "p_state0"), REL);
    }
  }

  @Test
  void grayEstimatesAndVariancesMatchCmprsk() {
    ReferenceCsv ref = ReferenceCsv.read("mgus2_cmprsk_cuminc.csv");
    CumulativeIncidenceResult r = GrayCumulativeIncidence.estimate(TIME, STATUS, CAUSES,
        GroupCoding.single(TIME.length), TIMES);
    for (int row = 0; row < ref.rows().size(); row++) {
      assertThat(ReferenceCsv.number(ref.rows().get(row), "time")).isEqualTo(TIMES[row]);
      for (int c = 0; c < 2; c++) {
        String cause = CAUSES.get(c);
        CumulativeIncidenceResult.At at = r.groups().get(c).at().get(row);
        assertClose(cause + " cif at " + at.time(), at.estimate(), ReferenceCsv.number(ref.rows().get(row), "cif_" + cause), REL);
        assertClose(cause + " var at " + at.time(), at.se() * at.se(), ReferenceCsv.number(ref.rows().get(row), "var_" + cause), REL);
      }
    }
  }
}
