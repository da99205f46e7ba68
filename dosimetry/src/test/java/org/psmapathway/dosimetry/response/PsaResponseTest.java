package org.psmapathway.dosimetry.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmapathway.core.record.PsaValue;

class PsaResponseTest {

  private static final LocalDate CYCLE1 = LocalDate.of(2024, 1, 29);

  private static PsaValue psa(int day, double ngMl) {
    return new PsaValue(CYCLE1.plusDays(day), ngMl, false);
  }

  /** Example patient P04: −29 %, −56 %, −58 %, −57 %: PSA50 at day 42 confirmed at day 63. */
  @Test
  void confirmedDeclineIsAResponse() {
    PsaResponse r = PsaResponse.of(CYCLE1, List.of(psa(63, 8.4), psa(-3, 20), psa(21, 14.2),
        psa(42, 8.8), psa(84, 8.6)));
    assertThat(r.response()).isEqualTo(1);
    assertThat(r.bestChangePercent()).isCloseTo(-58, within(1e-9));
  }

  /** Example patient P11: ≥50 % only at the last value, nothing ≥3 weeks later: non-response. */
  @Test
  void unconfirmedDeclineIsNoResponse() {
    PsaResponse r = PsaResponse.of(CYCLE1,
        List.of(psa(-3, 40), psa(21, 32), psa(42, 26), psa(63, 24), psa(84, 18)));
    assertThat(r.response()).isZero();
    assertThat(r.bestChangePercent()).isCloseTo(-55, within(1e-9));
    assertThat(r.pcwg3().rationale()).contains("awaiting confirmation");
  }

  /** A confirming value that is no longer ≥50 % down refutes the decline. */
  @Test
  void refutedDeclineIsNoResponse() {
    PsaResponse r = PsaResponse.of(CYCLE1,
        List.of(psa(-3, 40), psa(21, 18), psa(42, 25), psa(63, 30)));
    assertThat(r.response()).isZero();
  }

  @Test
  void withoutBaselineOrFollowUpTheResponseIsMissing() {
    assertThat(PsaResponse.of(CYCLE1, List.of(psa(21, 10), psa(42, 4))).response()).isNaN();
    PsaResponse noFollowUp = PsaResponse.of(CYCLE1, List.of(psa(-3, 10)));
    assertThat(noFollowUp.response()).isNaN();
    assertThat(noFollowUp.bestChangePercent()).isNaN();
  }
}
