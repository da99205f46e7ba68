package org.psmapathway.dosimetry.image.dicom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * DA, TM and DT values (PS3.5 §6.2): "YYYYMMDD", "HHMMSS.FFFFFF" with trailing components
 * optional, and their concatenation with an optional "&amp;ZZXX" UTC offset. The offset is
 * dropped: all times of one examination come from one scanner clock, and only their differences
 * are used. The pre-1993 forms "YYYY.MM.DD" and "HH:MM:SS" (ACR-NEMA) are accepted too.
 */
final class DicomDateTime {

  private DicomDateTime() {}

  static LocalDate date(String da) {
    String s = da.replace(".", "");
    if (s.length() != 8) {
      throw new DateTimeParseException("expected a DA value YYYYMMDD", da, 0);
    }
    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
        Integer.parseInt(s.substring(6, 8)));
  }

  static LocalTime time(String tm) {
    String s = tm.replace(":", "");
    int dot = s.indexOf('.');
    String whole = dot < 0 ? s : s.substring(0, dot);
    if (whole.length() < 2 || whole.length() > 6 || whole.length() % 2 != 0) {
      throw new DateTimeParseException("expected a TM value HH[MM[SS[.FFFFFF]]]", tm, 0);
    }
    int hour = Integer.parseInt(whole.substring(0, 2));
    int minute = whole.length() >= 4 ? Integer.parseInt(whole.substring(2, 4)) : 0;
    int second = whole.length() >= 6 ? Integer.parseInt(whole.substring(4, 6)) : 0;
    int nanos = 0;
    if (dot >= 0 && dot + 1 < s.length()) {
      String fraction = (s.substring(dot + 1) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(fraction);
    }
    return LocalTime.of(hour, minute, second == 60 ? 59 : second, nanos); // 60 = leap second
  }

  static LocalDateTime dateTime(String dt) {
    String s = dt;
    int zone = Math.max(s.indexOf('+'), s.indexOf('-'));
    if (zone > 0) {
      s = s.substring(0, zone);
    }
    if (s.length() < 8) {
      throw new DateTimeParseException("expected a DT value YYYYMMDDHHMMSS.FFFFFF", dt, 0);
    }
    LocalDate date = date(s.substring(0, 8));
    return s.length() == 8 ? date.atStartOfDay() : date.atTime(time(s.substring(8)));
  }
}
