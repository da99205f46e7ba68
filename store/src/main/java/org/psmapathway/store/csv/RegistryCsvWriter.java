package org.psmapathway.store.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.psmapathway.core.record.ClinicalEvent;
import org.psmapathway.core.record.HaemoglobinValue;
import org.psmapathway.core.record.Lesion;
import org.psmapathway.core.record.OtherMalignancy;
import org.psmapathway.core.record.PatientRecord;
import org.psmapathway.core.record.PerformanceStatus;
import org.psmapathway.core.record.PetScan;
import org.psmapathway.core.record.PsaValue;
import org.psmapathway.core.record.Radioligand;
import org.psmapathway.core.record.Radiotherapy;
import org.psmapathway.core.record.RtPhase;
import org.psmapathway.core.record.RtTarget;
import org.psmapathway.core.record.SystemicTherapy;
import org.psmapathway.core.record.TestosteroneValue;
import org.psmapathway.core.record.Treatment;

/**
 * Writes patient records as the registry's CSV tables (docs/registry-csv.md), streaming: each
 * record's rows are appended to every table as the record arrives, so that a registry of any size
 * is exported in constant memory. Records must arrive sorted by id (the repository's order); each
 * table's rows are then in key order. The output is canonical: UTF-8, LF line ends, every column
 * of the table in the documented order, numbers as the JSON Lines export writes them
 * ({@code Double.toString}, which reads back to the same double), absent values as empty cells.
 * Scan and treatment ids are numbered per patient in chronological order ({@code S1}, {@code T1}),
 * {@code seq} counts rows of one patient on one date.
 */
public final class RegistryCsvWriter implements Closeable {

  private final Map<RegistryTable, CsvWriter> out = new EnumMap<>(RegistryTable.class);
  private String previousId;

  /** Opens one output per table and writes each table's header row. */
  public RegistryCsvWriter(Function<RegistryTable, OutputStream> streams) {
    for (RegistryTable t : RegistryTable.values()) {
      CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
          .build(streams.apply(t), StandardCharsets.UTF_8);
      w.writeRecord(t.header());
      out.put(t, w);
    }
  }

  public void write(PatientRecord r) {
    if (previousId != null && previousId.compareTo(r.id()) >= 0) {
      throw new IllegalArgumentException("patient " + r.id() + " after " + previousId
          + ": expected records sorted by id, each once");
    }
    previousId = r.id();
    String id = r.id();
    var d = r.diagnosis();
    var p = r.pathology();
    row(RegistryTable.PATIENTS, id, date(r.birthDate()), d == null ? null : date(d.date()),
        d == null ? null : integer(d.isupGrade()), d == null ? null : number(d.initialPsa()),
        d == null ? null : d.histology(), p == null ? null : p.pT(), p == null ? null : p.pN(),
        p == null ? null : p.margins(),
        r.prostatectomy() == null ? null : date(r.prostatectomy().date()),
        date(r.lastFollowUp()), String.valueOf(r.otherMalignancies() != null));
    Sequence seq = new Sequence();
    for (PsaValue v : r.psa()) {
      row(RegistryTable.PSA, id, date(v.date()), seq.next(v.date()), number(v.valueNgMl()),
          String.valueOf(v.belowDetection()));
    }
    seq = new Sequence();
    for (TestosteroneValue v : r.testosterone()) {
      row(RegistryTable.TESTOSTERONE, id, date(v.date()), seq.next(v.date()), number(v.value()),
          v.unit().code());
    }
    seq = new Sequence();
    for (HaemoglobinValue v : r.haemoglobin()) {
      row(RegistryTable.HAEMOGLOBIN, id, date(v.date()), seq.next(v.date()), number(v.gPerL()),
          "g/L");
    }
    seq = new Sequence();
    for (PerformanceStatus v : r.performanceStatus()) {
      row(RegistryTable.PERFORMANCE_STATUS, id, date(v.date()), seq.next(v.date()),
          v.scale().code(), String.valueOf(v.value()));
    }
    int scanNo = 0;
    for (PetScan s : r.petScans()) {
      String scanId = "S" + ++scanNo;
      var u = s.reference();
      row(RegistryTable.PET_SCANS, id, scanId, date(s.date()), s.tracer().code(), s.modality(),
          number(u.bloodPoolSuvMean()), number(u.liverSuvMean()), number(u.spleenSuvMean()),
          number(u.parotidSuvMean()), number(s.totalTumourVolumeMl()),
          String.valueOf(s.diffuseMarrowInvolvement()),
          s.psmaNegativeDisease() == null ? null : s.psmaNegativeDisease().toString());
      for (Lesion l : s.lesions()) {
        row(RegistryTable.LESIONS, id, scanId, l.id(), l.site().code(),
            l.region() == null ? null : l.region().code(),
            l.side() == null ? null : l.side().code(), l.bone(), l.organ(),
            l.extent() == null ? null : l.extent().code(), number(l.suvMax()),
            number(l.shortAxisMm()), number(l.volumeMl()));
      }
    }
    int treatmentNo = 0;
    for (Treatment t : r.treatments()) {
      treatment(id, "T" + ++treatmentNo, t);
    }
    seq = new Sequence();
    for (ClinicalEvent e : r.events()) {
      row(RegistryTable.EVENTS, id, date(e.date()), seq.next(e.date()), e.type().code(),
          e.detail());
    }
    if (r.otherMalignancies() != null) {
      int n = 0;
      for (OtherMalignancy m : r.otherMalignancies()) {
        row(RegistryTable.OTHER_MALIGNANCIES, id, String.valueOf(++n), m.kind().code(),
            String.valueOf(m.active()), m.detail());
      }
    }
  }

  private void treatment(String id, String treatmentId, Treatment t) {
    if (t instanceof Radiotherapy rt) {
      row(RegistryTable.TREATMENTS, id, treatmentId, "radiotherapy", date(rt.start()),
          date(rt.end()), rt.intent().code(), null, null, null);
      int targetNo = 0;
      for (RtTarget target : rt.targets()) {
        String no = String.valueOf(++targetNo);
        boolean single = target.phases().size() == 1;
        RtPhase first = target.phases().get(0);
        row(RegistryTable.RT_TARGETS, id, treatmentId, no, target.volume().code(),
            target.label(), target.lesionId(), single ? number(first.doseGy()) : null,
            single ? String.valueOf(first.fractions()) : null);
        if (!single) {
          int phaseNo = 0;
          for (RtPhase phase : target.phases()) {
            row(RegistryTable.RT_PHASES, id, treatmentId, no, String.valueOf(++phaseNo),
                number(phase.doseGy()), String.valueOf(phase.fractions()));
          }
        }
      }
    } else if (t instanceof SystemicTherapy s) {
      row(RegistryTable.TREATMENTS, id, treatmentId, s.kind().code(), date(s.start()),
          date(s.end()), null, s.agent(), null, null);
    } else if (t instanceof Radioligand rl) {
      row(RegistryTable.TREATMENTS, id, treatmentId, "radioligand", date(rl.date()), null, null,
          rl.agent(), number(rl.activityGBq()), integer(rl.cycle()));
    } else {
      throw new IllegalArgumentException("unknown kind of treatment: " + t);
    }
  }

  /** Numbers rows of one patient that share a date, 1, 2, ... (lists arrive in date order). */
  private static final class Sequence {
    private LocalDate date;
    private int n;

    String next(LocalDate d) {
      n = d.equals(date) ? n + 1 : 1;
      date = d;
      return String.valueOf(n);
    }
  }

  private void row(RegistryTable t, String... cells) {
    String[] values = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      values[i] = cells[i] == null ? "" : cells[i];
    }
    out.get(t).writeRecord(values);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** The JSON Lines export's form of a double (Jackson writes {@code Double.toString}). */
  private static String number(Double x) {
    return x == null ? null : Double.toString(x);
  }

  private static String integer(Integer x) {
    return x == null ? null : x.toString();
  }

  /** Flushes every table. */
  public void flush() {
    try {
      for (CsvWriter w : out.values()) {
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes every table's stream. */
  @Override
  public void close() throws IOException {
    for (CsvWriter w : out.values()) {
      w.close();
    }
  }
}
