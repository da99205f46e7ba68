package org.psmapathway.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.psmapathway.core.assessment.TumourBoardAssessor;
import org.psmapathway.core.record.PatientRecordReader;

/**
 * {@code psma assess --jsonl}: every patient of a cohort file assessed on every core (see {@link
 * JsonLinesRun}), one JSON object per line or one text summary per patient. Reader and assessor
 * are stateless, so workers share them.
 */
final class CohortRun {

  private final JsonLinesRun run;

  CohortRun(PatientRecordReader reader, TumourBoardAssessor assessor, LocalDate asOf,
      boolean json) {
    this.run = new JsonLinesRun(reader, bytes -> {
      if (json) {
        JsonGenerator g = Json.generator(bytes);
        return record -> {
          AssessmentJson.write(g, assessor.assess(record, asOf));
          g.flush();
          bytes.write('\n');
        };
      }
      Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
      return new JsonLinesRun.BatchRenderer() {
        @Override
        public void patient(org.psmapathway.core.record.PatientRecord record)
            throws IOException {
          AssessmentText.write(text, assessor.assess(record, asOf));
        }

        @Override
        public void finish() throws IOException {
          text.flush();
        }
      };
    }, "patients assessed");
  }

  void run(List<Path> files, OutputStream out, List<String> problems) throws IOException {
    run.run(files, out, problems);
  }
}
