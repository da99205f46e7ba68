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

  /**
   * The hand-written parser accepts exactly R's plain decimals (the regular expression it
   * replaced) and gives Double.parseDouble's value, on seeded random strings and numbers.
   */
  @Test
  void fastNumberParsingMatchesTheDecimalGrammarAndParseDouble() {
    java.util.regex.Pattern decimal =
        java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    java.util.Random random = new java.util.Random(20261123);
    String alphabet = "+-.eE0123456789d ";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(8);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String cell = sb.toString();
      boolean accepted = decimal.matcher(cell).matches();
      if (accepted) {
        assertThat(CsvTable.parseNumber(cell)).as(cell).isEqualTo(Double.parseDouble(cell));
      } else {
        assertThatThrownBy(() -> CsvTable.parseNumber(cell)).as(cell)
            .isInstanceOf(NumberFormatException.class);
      }
    }
    for (int k = 0; k < 200_000; k++) {
      double v = switch (k % 4) {
        case 0 -> Math.round(random.nextDouble() * 1e7) / 100.0;
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 10);
        case 2 -> -random.nextGaussian() * 1e3;
        default -> random.nextInt(100_000);
      };
      String text = k % 2 == 0 ? Double.toString(v)
          : new java.math.BigDecimal(v).round(new java.math.MathContext(1 + random.nextInt(17)))
              .toPlainString();
      if (decimal.matcher(text).matches()) {
        assertThat(CsvTable.parseNumber(text)).as(text).isEqualTo(Double.parseDouble(text));
      }
    }
    assertThat(CsvTable.parseNumber("-0")).isEqualTo(-0.0);
    assertThat(CsvTable.parseNumber("123456789012345678901234")).isEqualTo(1.2345678901234568e23);
    assertThat(CsvTable.parseNumber("0.1234567890123456789")).isEqualTo(0.1234567890123456789);
  }
}
