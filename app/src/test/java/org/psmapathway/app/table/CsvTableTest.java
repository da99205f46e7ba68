package org.psmapathway.app.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psmapathway.app.BadInputException;

class CsvTableTest {

  @Test
  void readsNamedColumnsWithMissingValuesAndQuoting() {
    CsvTable t = CsvTable.parse("t.csv", "study,n,note\n\"Smith, 2020\",12,\nJones,NA,\"a \"\"b\"\"\"\n");
    assertThat(t.columns()).containsExactly("study", "n", "note");
    assertThat(t.text("study")).containsExactly("Smith, 2020", "Jones");
    assertThat(t.numbers("n")[0]).isEqualTo(12.0);
    assertThat(t.numbers("n")[1]).isNaN();
    assertThat(t.text("note")).containsExactly(null, "a \"b\"");
    assertThat(t.line(1)).isEqualTo(3);
    t.check();
  }

  @Test
  void everyNonNumericCellIsReportedWithLineAndColumn() {
    CsvTable t = CsvTable.parse("t.csv", "a,b\n1,x\n2,3\n\n4,0x1p3\n");
    t.numbers("b");
    assertThatThrownBy(t::check).isInstanceOfSatisfying(BadInputException.class,
        e -> assertThat(e.problems()).containsExactly(
            "t.csv:2:2: column \"b\": expected a number, got \"x\"",
            "t.csv:5:2: column \"b\": expected a number, got \"0x1p3\""));
  }

  @Test
  void numbersAsRWritesThem() {
    assertThat(CsvTable.parseNumber("-1.5e-3")).isEqualTo(-0.0015);
    assertThat(CsvTable.parseNumber(".5")).isEqualTo(0.5);
    assertThat(CsvTable.parseNumber("Inf")).isInfinite();
    assertThatThrownBy(() -> CsvTable.parseNumber("1.5d")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> CsvTable.parseNumber("NaN")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void duplicateAndEmptyHeaderNamesAreBadInput() {
    assertThatThrownBy(() -> CsvTable.parse("t.csv", "a,a,\n1,2,3\n"))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
            .containsExactly("t.csv:1:2: column \"a\" appears twice in the header row",
                "t.csv:1:3: empty column name in the header row"));
  }

  @Test
  void packedNumbersEqualParseNumberBitForBit() {
    // seeded: every formatting R and others write; the fast path must give parseNumber's double
    java.util.Random random = new java.util.Random(20240101);
    Cells cells = new Cells();
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (int k = 0; k < 200_000; k++) {
      double x = switch (k % 5) {
        case 0 -> random.nextGaussian();
        case 1 -> Math.rint(random.nextDouble() * 10_000);
        case 2 -> random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30);
        case 3 -> random.nextLong() / 1e3;
        default -> random.nextDouble();
      };
      String text = switch (k % 4) {
        case 0 -> String.format(java.util.Locale.ROOT, "%.15g", x);
        case 1 -> Double.toString(x);
        case 2 -> String.format(java.util.Locale.ROOT, "%.17g", x);
        default -> new java.math.BigDecimal(x).round(new java.math.MathContext(
            1 + random.nextInt(16))).toString();
      };
      texts.add(text);
      cells.add(text);
    }
    for (String t : new String[] {"0", "-0", "+1", "1.", ".5", "-.5e+3", "9007199254740992",
        "9007199254740993", "1e22", "1e23", "1e-22", "123456789012345678901", "1e", "e5", "--1",
        "1.5d", "Inf", "NA", "", " 1", "1e1000", "0.000", "00012.50"}) {
      texts.add(t);
      cells.add(t);
    }
    int fast = 0;
    for (int i = 0; i < texts.size(); i++) {
      double f = cells.fastNumber(i);
      assertThat(cells.text(i)).isEqualTo(texts.get(i));
      if (Double.isNaN(f)) {
        continue;
      }
      fast++;
      assertThat(Double.doubleToRawLongBits(f)).as(texts.get(i))
          .isEqualTo(Double.doubleToRawLongBits(CsvTable.parseNumber(texts.get(i))));
    }
    assertThat(fast).as("cells read on the fast path").isGreaterThan(100_000);
  }

  @Test
  void nonAsciiCellsRoundTrip() {
    CsvTable t = CsvTable.parse("t.csv", "name,dose\nSüß ≥ α/β,1.5\n\"µg, 2\",NA\n");
    assertThat(t.text("name")).containsExactly("Süß ≥ α/β", "µg, 2");
    assertThat(t.numbers("dose")[0]).isEqualTo(1.5);
    assertThat(t.numbers("dose")[1]).isNaN();
    t.check();
  }

  @Test
  void raggedRowsAreDroppedAndTheRestStaysAligned(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    // a byte-order mark, a quoted cell spanning two lines, a ragged row between good ones
    java.nio.file.Path f = dir.resolve("t.csv");
    java.nio.file.Files.writeString(f, "\uFEFFa,b\n1,\"x\ny\"\n2,3,4\n5,6\n");
    assertThatThrownBy(() -> CsvTable.read(f)).isInstanceOfSatisfying(BadInputException.class,
        e -> assertThat(e.problems()).containsExactly(f + ":4: 3 cells, expected 2 as in the "
            + "header row"));
    java.nio.file.Files.writeString(f, "\uFEFFa,b\n1,\"x\ny\"\n5,6\n");
    CsvTable t = CsvTable.read(f);
    assertThat(t.columns()).containsExactly("a", "b");
    assertThat(t.text("b")).containsExactly("x\ny", "6");
    assertThat(t.numbers("a")).containsExactly(1.0, 5.0);
    assertThat(t.line(1)).isEqualTo(4);
  }
}
