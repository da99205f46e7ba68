package org.psmapathway.store;

import org.psmapathway.core.record.Coded;

/** Maps a stored code ('prostate-bed') back to its enum constant. */
final class Codes {

  private Codes() {}

  static <E extends Enum<E> & Coded> E decode(Class<E> type, String code) {
    if (code == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    // the schema's CHECK constraints admit only known codes; reaching here means a newer schema
    throw new IllegalStateException("unknown " + type.getSimpleName() + " code in the registry: \""
        + code + "\"");
  }

  static String encode(Coded value) {
    return value == null ? null : value.code();
  }
}
