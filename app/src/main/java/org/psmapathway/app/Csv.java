package org.psmapathway.app;

/** CSV fields as RFC 4180 writes them: quoted when they hold a comma, quote or line break. */
final class Csv {

  private Csv() {}

  static String field(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + s.replace("\"", "\"\"") + '"';
      }
    }
    return s;
  }
}
