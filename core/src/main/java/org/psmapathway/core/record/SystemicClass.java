package org.psmapathway.core.record;

/** Classes of systemic therapy that the record distinguishes (radioligands are their own type). */
public enum SystemicClass implements Coded {
  /** Androgen deprivation therapy: LHRH agonist/antagonist or orchiectomy. */
  ADT("adt"),
  /** Androgen-receptor pathway inhibitor: enzalutamide, abiraterone, apalutamide, darolutamide. */
  ARPI("arpi"),
  CHEMOTHERAPY("chemotherapy");

  private final String code;

  SystemicClass(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
