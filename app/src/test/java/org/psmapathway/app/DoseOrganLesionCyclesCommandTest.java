package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code psma dose organ|lesion|cycles}: the research/dosimetry.md test vectors through the CLI,
 * the shipped examples, bad input as file:line:column with exit 1, usage errors with exit 2.
 */
class DoseOrganLesionCyclesCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private String csv(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f.toString();
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static Path example(String name) {
    Path fromModule = Path.of("..", "examples", "dosimetry", name);
    return Files.isRegularFile(fromModule) ? fromModule : Path.of("examples", "dosimetry", name);
  }

  private static void badInput(CliRun run, String... messages) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(messages);
  }

  private static void usage(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(PsmaCli.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(message);
  }

  @Test
  void organKidneyVector() throws IOException {
    // §3.1: kidneys, Ã = 5770.78 MBq·h, m = 300 g → 1.6542 Gy (S) and 1.6410 Gy (LED)
    String f = csv("tia.csv", "region,tiaMBqH,massG\nkidneys,5770.78,300\n");
    JsonNode k = json("dose", "organ", "--data", f, "--injected-mbq", "7400", "--format", "json")
        .get("regions").get(0);
    assertThat(k.get("region").asText()).isEqualTo("kidneys");
    assertThat(k.get("massG").asDouble()).isEqualTo(300);
    assertThat(k.get("meanGy").asDouble()).isCloseTo(1.6542, within(0.00005));
    assertThat(k.get("ledGy").asDouble()).isCloseTo(1.6410, within(0.0001));
    assertThat(k.get("gyPerGBq").asDouble()).isCloseTo(k.get("meanGy").asDouble() / 7.4,
        within(1e-12));
    assertThat(k.get("method").asText()).isEqualTo("s-value-mass-scaled");
    assertThat(k.get("maxGy").isNull()).isTrue();
    assertThat(k.get("flag").asText()).contains("outside the kidney range");
  }

  @Test
  void organExampleSumsTheSalivaryGlandsAndAddsBloodBasedMarrow() throws IOException {
    JsonNode j = json("dose", "organ", "--data", example("organ-tia.csv").toString(),
        "--phantom", "female", "--blood-tia-mbqh-per-ml", "0.9", "--haematocrit", "0.4",
        "--format", "json");
    assertThat(j.get("phantom").asText()).isEqualTo("female");
    JsonNode regions = j.get("regions");
    JsonNode salivary = null;
    JsonNode marrow = null;
    for (JsonNode r : regions) {
      if (r.get("region").asText().equals("salivary-glands")) {
        salivary = r;
      } else if (r.get("region").asText().equals("red-marrow")) {
        marrow = r;
      }
    }
    // 1450 + 1550 + 390 + 370 MBq·h in 28 + 30 + 10 + 9.5 g
    assertThat(salivary.get("tiaMBqH").asDouble()).isEqualTo(3760);
    assertThat(salivary.get("massG").asDouble()).isEqualTo(77.5);
    // each gland by the soft-tissue sphere S value at its mass (SciPy log-log PCHIP):
    // 4.452983, 4.444161, 3.330487, 3.324352 Gy; the sum is their mass-weighted mean
    assertThat(salivary.get("method").asText()).isEqualTo("sphere-s-value");
    assertThat(salivary.get("meanGy").asDouble()).isCloseTo(4.166381419384181, within(1e-9));
    assertThat(regions.get(3).get("meanGy").asDouble()).isCloseTo(4.452983063972962,
        within(1e-9));
    // Ã_RM = 0.9 × 0.19/0.6 × 900 g; D = 0.9 × 0.316667 × 0.0853063 = 0.0243123 Gy
    assertThat(marrow.get("massG").asDouble()).isEqualTo(900);
    assertThat(marrow.get("meanGy").asDouble()).isCloseTo(0.0243123, within(1e-7));
    assertThat(marrow.get("basis").asText()).contains("cross-dose not included");
  }

  @Test
  void lesionVectorAndTumourBurden() throws IOException {
    // 1 g, 10 g, 100 g soft-tissue spheres (V = m/1.03), Ã = 1000 MBq·h:
    // D = S/1000 × 1000 = 83.62, 8.540, 0.8634 Gy
    String f = csv("lesions.csv", "lesion,tiaMBqH,volumeMl\na,1000," + (1 / 1.03) + "\nb,1000,"
        + (10 / 1.03) + "\nc,1000," + (100 / 1.03) + "\n");
    JsonNode j = json("dose", "lesion", "--data", f, "--format", "json");
    JsonNode l = j.get("lesions");
    assertThat(l.get(0).get("meanGy").asDouble()).isCloseTo(83.62, within(0.005));
    assertThat(l.get(1).get("meanGy").asDouble()).isCloseTo(8.540, within(0.0005));
    assertThat(l.get(2).get("meanGy").asDouble()).isCloseTo(0.8634, within(0.00005));
    // TTB = (1 × 83.62085 + 10 × 8.539711 + 100 × 0.8634158)/111 = 2.300969 Gy
    assertThat(j.get("tumourBurden").get("meanGy").asDouble()).isCloseTo(
        (83.62084984755096 + 85.39711174060976 + 86.34157946449789) / 111, within(1e-9));
    assertThat(j.get("tumourBurden").get("massG").asDouble()).isCloseTo(111, within(1e-9));
  }

  @Test
  void lesionExampleDosesBoneLesionsWithTheirMixtureTable() throws IOException {
    JsonNode j = json("dose", "lesion", "--data", example("lesions.csv").toString(),
        "--injected-mbq", "7400", "--format", "json");
    JsonNode bone = j.get("lesions").get(2);
    assertThat(bone.get("lesion").asText()).isEqualTo("bone-T9");
    assertThat(bone.get("composition").asText()).isEqualTo("25/75");
    assertThat(bone.get("massG").asDouble()).isCloseTo(1.70 * 12.5, within(1e-12));
    assertThat(bone.get("method").asText()).isEqualTo("sphere-bone-mixture");
    // 25/75 table at 21.25 g (SciPy log-log PCHIP): 4.1017876 mGy/(MBq·h); soft tissue 4.0410070
    assertThat(bone.get("meanGy").asDouble()).isCloseTo(2100 * 4.101787625809951 / 1000,
        within(1e-9));
    assertThat(bone.get("softTissueGy").asDouble()).isCloseTo(2100 * 4.041006980087337 / 1000,
        within(1e-9));
    assertThat(bone.get("compositionEffectPercent").asDouble()).isCloseTo(1.504, within(0.001));
    assertThat(bone.get("cubicFitGy").isNull()).isTrue();
    JsonNode soft = j.get("lesions").get(0);
    assertThat(soft.get("method").asText()).isEqualTo("sphere");
    assertThat(soft.get("softTissueGy").isNull()).isTrue();
  }

  @Test
  void cyclesExample() throws IOException {
    JsonNode j = json("dose", "cycles", "--data", example("cycles.csv").toString(),
        "--format", "json");
    JsonNode k = j.get("regions").get(0);
    assertThat(k.get("region").asText()).isEqualTo("kidneys");
    // G(38 h) = 2.8/40.8; BED = 3.2 + 10.24/2.6 × G, twice (cycle 2 scaled, A unchanged);
    // G(41 h) = 2.8/43.8; BED3 = 2.7 + 7.29/2.6 × G
    double g1 = 2.8 / 40.8;
    double g3 = 2.8 / 43.8;
    double bed = 2 * (3.2 + 10.24 / 2.6 * g1) + 2.7 + 7.29 / 2.6 * g3;
    assertThat(k.get("cumulativeBedGy").asDouble()).isCloseTo(bed, within(1e-12));
    assertThat(k.get("cumulativeDoseGy").asDouble()).isCloseTo(9.1, within(1e-12));
    assertThat(k.get("marginBedGy").asDouble()).isCloseTo(40 - bed, within(1e-12));
    double m = 40 - bed;
    double next = 2 * m / (1 + Math.sqrt(1 + 4 * g3 * m / 2.6));
    assertThat(k.get("nextCycleDoseGy").asDouble()).isCloseTo(next, within(1e-12));
    assertThat(k.get("nextCycleActivityMBq").asDouble()).isCloseTo(next / (2.7 / 6800),
        within(1e-8));
    assertThat(k.get("cycles").get(1).get("doseProvenance").asText())
        .isEqualTo("scaled-from-cycle-1");
    assertThat(k.get("cycles").get(0).get("timePointsH").toString()).isEqualTo("[4.0,24.0,96.0]");
    assertThat(k.get("cycles").get(1).get("timePointsH").size()).isZero();
    assertThat(k.get("cycles").get(2).get("halfLifeProvenance").asText()).isEqualTo("measured");
    JsonNode s = j.get("regions").get(1);
    assertThat(s.get("cumulativeBedGy").isNull()).isTrue();
    assertThat(s.get("cumulativeDoseGy").asDouble()).isCloseTo(4.6 * 2 + 4.6 / 7400 * 6800,
        within(1e-12));
    JsonNode risk = json("dose", "cycles", "--data", example("cycles.csv").toString(),
        "--risk-factors", "--format", "json").get("regions").get(0);
    assertThat(risk.get("bedLimitGy").asDouble()).isEqualTo(28);
    JsonNode tight = json("dose", "cycles", "--data", example("cycles.csv").toString(),
        "--limit-bed", "9", "--format", "json").get("regions").get(0);
    assertThat(tight.get("limitExceeded").asBoolean()).isTrue();
    assertThat(tight.get("nextCycleActivityMBq").asDouble()).isZero();
  }

  @Test
  void examplesRunAsText() {
    for (String[] args : new String[][] {
        {"dose", "organ", "--data", example("organ-tia.csv").toString(), "--injected-mbq", "7400"},
        {"dose", "lesion", "--data", example("lesions.csv").toString()},
        {"dose", "cycles", "--data", example("cycles.csv").toString()}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isNotEmpty();
    }
    assertThat(CliRun.of("dose", "organ", "--help").out()).contains("./psma dose organ --data");
    assertThat(CliRun.of("dose", "lesion", "--help").out()).contains("./psma dose lesion --data");
    assertThat(CliRun.of("dose", "cycles", "--help").out()).contains("./psma dose cycles --data");
  }

  @Test
  void badOrganInput() throws IOException {
    String f = csv("bad.csv", "region,tiaMBqH,massG\nkidneys,-5,300\nliver,100,0\nkidneys,1,x\n"
        + ",1,1\n");
    badInput(CliRun.of("dose", "organ", "--data", f),
        f + ":4:3: column \"massG\": expected a number, got \"x\"");
    String g = csv("bad2.csv", "region,tiaMBqH,massG\nkidneys,-5,300\nliver,100,0\nKidneys,1,2\n"
        + ",1,1\n");
    badInput(CliRun.of("dose", "organ", "--data", g),
        g + ":2:2: column \"tiaMBqH\": expected a time-integrated activity >= 0 MBq·h, got -5",
        g + ":3:3: column \"massG\": expected a mass > 0 g, got 0",
        g + ":4:1: column \"region\": \"Kidneys\" appears twice (also line 2)",
        g + ":5:1: column \"region\": expected a region name");
    String h = csv("nomass.csv", "region,tiaMBqH\nkidneys,1\n");
    badInput(CliRun.of("dose", "organ", "--data", h), h + ":1: no column \"massG\"");
    usage(CliRun.of("dose", "organ", "--data", h, "--phantom", "child"), "child");
    usage(CliRun.of("dose", "organ", "--data", h, "--injected-mbq", "0"), "--injected-mbq");
    usage(CliRun.of("dose", "organ", "--data", h, "--haematocrit", "0.4"),
        "--blood-tia-mbqh-per-ml");
  }

  @Test
  void badLesionInput() throws IOException {
    String f = csv("bad.csv", "lesion,tiaMBqH,volumeMl,meanHu\nA,100,2000,\nB,100,-1,\nC,1,1,Inf\n");
    badInput(CliRun.of("dose", "lesion", "--data", f),
        f + ":2:3: column \"volumeMl\": sphere mass 2060.0 g is outside the soft-tissue (100/0) S-value table",
        f + ":3:3: column \"volumeMl\": expected a volume > 0 mL, got -1",
        f + ":4:4: column \"meanHu\": expected a finite mean HU");
    String ok = csv("big.csv", "lesion,tiaMBqH,volumeMl\nA,100,2000\n");
    CliRun run = CliRun.of("dose", "lesion", "--data", ok, "--extrapolate");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("extrapolated");
  }

  @Test
  void badCyclesInput() throws IOException {
    String f = csv("bad.csv", "cycle,region,activityMBq,doseGy,effectiveHalfLifeH\n"
        + "1.5,kidneys,7400,3,40\n1,liver,0,1,\n1,spleen,7400,-1,\n");
    badInput(CliRun.of("dose", "cycles", "--data", f),
        f + ":2:1: column \"cycle\": expected a whole number >= 1, got 1.5",
        f + ":3:3: column \"activityMBq\": expected an activity > 0 MBq, got 0",
        f + ":4:4: column \"doseGy\": expected a dose >= 0 Gy");
    String t = csv("times.csv", "cycle,region,activityMBq,doseGy,effectiveHalfLifeH,timePointsH\n"
        + "1,kidneys,7400,3,40,4;x;96\n");
    badInput(CliRun.of("dose", "cycles", "--data", t),
        t + ":2:6: column \"timePointsH\": expected hours >= 0 separated by ';'");
    String g = csv("first.csv", "cycle,region,activityMBq,doseGy,effectiveHalfLifeH\n"
        + "1,kidneys,7400,,40\n");
    badInput(CliRun.of("dose", "cycles", "--data", g),
        g + ":2:4: the first cycle (1) of region kidneys needs a measured dose");
    String h = csv("teff.csv", "cycle,region,activityMBq,doseGy,effectiveHalfLifeH\n"
        + "1,kidneys,7400,3,\n");
    badInput(CliRun.of("dose", "cycles", "--data", h),
        h + ":2:5: the first cycle (1) of region kidneys needs an effective half-life");
    String d = csv("dup.csv", "cycle,region,activityMBq,doseGy,effectiveHalfLifeH\n"
        + "1,liver,7400,3,\n1,liver,7400,3,\n");
    badInput(CliRun.of("dose", "cycles", "--data", d),
        d + ":3:1: cycle 1 of region liver appears twice");
    usage(CliRun.of("dose", "cycles", "--data", d, "--limit-bed", "30", "--risk-factors"),
        "--limit-bed and --risk-factors");
    usage(CliRun.of("dose", "cycles", "--data", d, "--alpha-beta", "0"), "α/β");
  }
}
