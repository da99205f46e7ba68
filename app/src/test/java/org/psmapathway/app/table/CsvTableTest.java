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
}
