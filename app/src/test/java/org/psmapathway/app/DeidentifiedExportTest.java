package org.psmapathway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psmapathway.store.deid.Deidentifier;
import org.psmapathway.store.deid.PseudonymKey;

/** psma export --deidentify on an embedded H2 registry holding the example patients. */
class DeidentifiedExportTest {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @TempDir
  Path dir;

  private String db;
  private List<Path> examples;

  @BeforeEach
  void importExamples() throws IOException {
    try (Stream<Path> s = Files.list(Examples.dir())) {
      examples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    db = dir.resolve("registry").toString();
    List<String> args = new ArrayList<>(List.of("import", "--db", db));
    examples.forEach(p -> args.add(p.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Path key(String name, int seed, int bytes) throws IOException {
    byte[] k = new byte[bytes];
    new Random(seed).nextBytes(k);
    return Files.write(dir.resolve(name), k);
  }

  private CliRun export(Path key, Path out) {
    return CliRun.of("export", "--db", db, "--deidentify", "--key-file", key.toString(),
        "--out", out.toString());
  }

  @Test
  void theExportHoldsNoIdNoOriginalDateAndNoFreeTextAndImportsAgain() throws Exception {
    Path out = dir.resolve("research.jsonl");
    CliRun run = export(key("k", 1, 32), out);
    assertThat(run.exitCode()).as(run.err()).isZero();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(examples.size()).isSorted();
    for (String line : lines) {
      assertThat(line).matches("\\{\"id\":\"[0-9a-f]{20}\",.*");
    }
    Deidentifier same = new Deidentifier(PseudonymKey.of(Files.readAllBytes(dir.resolve("k"))));
    for (Path example : examples) {
      String original = Files.readString(example, StandardCharsets.UTF_8);
      String id = original.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      assertThat(text).doesNotContain("\"" + id + "\"");
      // the patient's line holds exactly the patient's dates, each moved by the same offset
      String line = lines.stream().filter(l -> l.startsWith("{\"id\":\"" + same.pseudonym(id)))
          .findFirst().orElseThrow();
      int offset = same.dateOffsetDays(id);
      assertThat(dates(line)).isEqualTo(dates(original).stream()
          .map(d -> LocalDate.parse(d).plusDays(offset).toString()).sorted().toList());
    }
    assertThat(text).doesNotContain("\"notes\"").doesNotContain("\"detail\"");

    String again = dir.resolve("again").toString();
    CliRun reimport = CliRun.of("import", "--db", again, out.toString());
    assertThat(reimport.exitCode()).as(reimport.err()).isZero();
    Path out2 = dir.resolve("again.jsonl");
    assertThat(CliRun.of("export", "--db", again, "--out", out2.toString()).exitCode()).isZero();
    assertThat(Files.readString(out2, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void theSameKeyGivesTheSameBytesAndAnotherKeyOtherPseudonyms() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path c = dir.resolve("c.jsonl");
    assertThat(export(key("k1", 1, 40), a).exitCode()).isZero();
    assertThat(export(key("k1-copy", 1, 40), b).exitCode()).isZero();
    assertThat(export(key("k2", 2, 40), c).exitCode()).isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    List<String> idsA = ids(a);
    for (String id : ids(c)) {
      assertThat(idsA).doesNotContain(id);
    }
  }

  private static List<String> dates(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream().sorted().toList();
  }

  private static List<String> ids(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> l.substring(7, 27)).toList();
  }

  @Test
  void daysFromIndexPutsEveryDiagnosisOnDayZero() throws Exception {
    Path out = dir.resolve("index.jsonl");
    CliRun run = CliRun.of("export", "--db", db, "--deidentify", "--key-file",
        key("k", 1, 32).toString(), "--dates", "days-from-index", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(examples.size());
    for (String line : lines) {
      assertThat(line).contains("\"diagnosis\":{\"date\":\"1900-01-01\"");
    }
    CliRun bad = CliRun.of("export", "--db", db, "--deidentify", "--key-file",
        key("k", 1, 32).toString(), "--dates", "year", "--out", out.toString() + "2");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("--dates: expected shift or days-from-index, got \"year\"");
  }

  @Test
  void aMissingShortOrAbsentKeyIsBadInputAndWritesNothing() throws Exception {
    Path out = dir.resolve("x.jsonl");
    CliRun missing = export(dir.resolve("nope.key"), out);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.key: --key-file: no such file; expected a key file "
        + "of at least 32 bytes");
    CliRun shortKey = export(key("short", 1, 31), out);
    assertThat(shortKey.exitCode()).isEqualTo(1);
    assertThat(shortKey.err()).contains("short: --key-file: key of 31 bytes; expected at least 32");
    CliRun noKey = CliRun.of("export", "--db", db, "--deidentify", "--out", out.toString());
    assertThat(noKey.exitCode()).isEqualTo(1);
    assertThat(noKey.err()).contains("--deidentify: needs --key-file FILE");
    CliRun keyAlone = CliRun.of("export", "--db", db, "--key-file", key("k", 1, 32).toString());
    assertThat(keyAlone.exitCode()).isEqualTo(1);
    assertThat(keyAlone.err()).contains("--key-file: only with --deidentify");
    assertThat(out).doesNotExist();
    assertThat(missing.out() + shortKey.out() + noKey.out() + keyAlone.out()).isEmpty();
  }
}
