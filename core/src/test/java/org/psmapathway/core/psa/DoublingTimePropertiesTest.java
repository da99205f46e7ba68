package org.psmapathway.core.psa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PsaValue;

/** Seeded property checks (no jqwik): 20 seeds × 10 random series = 200 cases per property. */
class DoublingTimePropertiesTest {

  private static final LocalDate START = LocalDate.of(2015, 6, 1);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  /** 2–9 values 0–200 days apart (repeat draws on one day included), some below detection. */
  private static List<PsaValue> randomSeries(Random random) {
    int n = 2 + random.nextInt(8);
    double trend = (random.nextDouble() - 0.3) * 0.02;
    double logPsa = Math.log(0.05 + random.nextDouble() * 20);
    LocalDate date = START.plusDays(random.nextInt(400));
    List<PsaValue> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int step = random.nextInt(10) == 0 ? 0 : 7 + random.nextInt(194);
      date = date.plusDays(step);
      logPsa += trend * step + random.nextGaussian() * 0.2;
      double value = Math.round(Math.exp(logPsa) * 1000) / 1000.0;
      values.add(new PsaValue(date, value, random.nextInt(12) == 0));
    }
    return values;
  }

  private static List<PsaValue> scaled(List<PsaValue> values, double factor) {
    List<PsaValue> out = new ArrayList<>(values.size());
    for (PsaValue v : values) {
      out.add(new PsaValue(v.date(), v.valueNgMl() * factor, v.belowDetection()));
    }
    return out;
  }

  private static double randomFactor(Random random) {
    return Math.exp((random.nextDouble() - 0.5) * 2 * Math.log(1000));
  }

  private static void assertSameDoublingTime(DoublingTime actual, DoublingTime expected) {
    assertThat(actual.status()).isEqualTo(expected.status());
    assertThat(actual.valuesUsed()).hasSameSizeAs(expected.valuesUsed());
    if (expected.months() == null) {
      assertThat(actual.months()).isNull();
    } else {
      assertThat(actual.months())
          .isCloseTo(expected.months(), within(1e-9 * expected.months()));
    }
    if (expected.slopePerDay() != null) {
      assertThat(actual.slopePerDay()).isCloseTo(expected.slopePerDay(),
          within(1e-9 * Math.abs(expected.slopePerDay()) + 1e-15));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scalingEveryValueLeavesTheFitUnchanged(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10; i++) {
      List<PsaValue> values = randomSeries(random);
      double factor = randomFactor(random);

      assertSameDoublingTime(DoublingTimes.fit(scaled(values, factor)),
          DoublingTimes.fit(values));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scalingEveryValueLeavesTheAllDetectableDoublingTimeUnchanged(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10; i++) {
      List<PsaValue> values = randomSeries(random);
      double factor = randomFactor(random);
      PatientRecord original = Patients.patient(null, values);
      PatientRecord rescaled = Patients.patient(null, scaled(values, factor));

      assertSameDoublingTime(DoublingTimes.select(rescaled, PsaSettings.defaults()),
          DoublingTimes.select(original, PsaSettings.defaults()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDoublingTimeIsNeverNegativeOrInfinite(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 10; i++) {
      DoublingTime dt = DoublingTimes.fit(randomSeries(random));

      switch (dt.status()) {
        case OK -> {
          assertThat(dt.months()).isPositive().isFinite();
          assertThat(dt.slopePerDay()).isPositive();
          assertThat(dt.reason()).isNull();
        }
        case NOT_RISING -> {
          assertThat(dt.months()).isNull();
          assertThat(dt.slopePerDay()).isLessThanOrEqualTo(0.0);
          assertThat(dt.reason()).startsWith("PSA is not rising over the ");
        }
        case INSUFFICIENT_DATA -> {
          assertThat(dt.months()).isNull();
          assertThat(dt.slopePerDay()).isNull();
          assertThat(DoublingTimes.distinctDates(dt.valuesUsed())).isLessThan(2);
        }
        default -> throw new AssertionError(dt.status());
      }
      if (dt.rSquared() != null) {
        assertThat(dt.rSquared()).isBetween(0.0, 1.0);
      }
    }
  }

  /** Guards against vacuous properties: the generator must reach every status. */
  @Test
  void theRandomSeriesReachEveryStatus() {
    Map<DoublingTimeStatus, Integer> counts = new EnumMap<>(DoublingTimeStatus.class);
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      for (int i = 0; i < 10; i++) {
        counts.merge(DoublingTimes.fit(randomSeries(random)).status(), 1, Integer::sum);
      }
    }
    assertThat(counts.get(DoublingTimeStatus.OK)).isGreaterThan(50);
    assertThat(counts.get(DoublingTimeStatus.NOT_RISING)).isGreaterThan(20);
    assertThat(counts.get(DoublingTimeStatus.INSUFFICIENT_DATA)).isPositive();
  }
}
