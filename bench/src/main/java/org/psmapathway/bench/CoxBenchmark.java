package org.psmapathway.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.psmapathway.stats.cox.CoxFit;
import org.psmapathway.stats.cox.CoxModel;
import org.psmapathway.stats.cox.CoxOptions;
import org.psmapathway.stats.cox.CoxSpec;
import org.psmapathway.stats.model.ModelData;

/**
 * The Cox fit in-process, as R's speed anchors time {@code coxph(...)} in-process
 * (../shared/reference/speed_benchmark.R: robust = TRUE takes ~37 s at 100,000 rows, because R's
 * dfbeta residuals are quadratic in n). Data simulated as that script does: 5 N(0,1) covariates,
 * β from 0.5 to −0.5, exponential event times at baseline hazard 0.1/year, uniform censoring up to
 * 15 years, whole days (many ties).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CoxBenchmark {

  private static final int COVARIATES = 5;
  private static final String FORMULA = "x1 + x2 + x3 + x4 + x5";

  @Param({"100000"})
  public int rows;

  private ModelData data;

  @Setup
  public void simulate() {
    SplittableRandom random = new SplittableRandom(20240101);
    double[][] x = new double[COVARIATES][rows];
    double[] time = new double[rows];
    double[] status = new double[rows];
    for (int i = 0; i < rows; i++) {
      double lp = 0;
      for (int j = 0; j < COVARIATES; j++) {
        x[j][i] = gaussian(random);
        lp += x[j][i] * (0.5 - j * (1.0 / (COVARIATES - 1)));
      }
      double event = -Math.log(random.nextDouble()) / (0.1 * Math.exp(lp));
      double censor = random.nextDouble() * 15;
      time[i] = Math.max(1, Math.rint(Math.min(event, censor) * 365.25));
      status[i] = event <= censor ? 1 : 0;
    }
    ModelData.Builder b = ModelData.builder().numeric("time", time).numeric("status", status);
    for (int j = 0; j < COVARIATES; j++) {
      b.numeric("x" + (j + 1), x[j]);
    }
    data = b.build();
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller: the benchmark needs normal covariates, not R's exact stream
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Benchmark
  public CoxFit efron() {
    return CoxModel.fit(data, CoxSpec.of("time", "status", FORMULA), CoxOptions.defaults())
        .result();
  }

  @Benchmark
  public CoxFit efronRobust() {
    return CoxModel.fit(data, CoxSpec.of("time", "status", FORMULA),
        CoxOptions.defaults().withRobust(true)).result();
  }
}
