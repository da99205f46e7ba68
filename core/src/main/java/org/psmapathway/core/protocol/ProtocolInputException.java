package org.psmapathway.core.protocol;

/** The record lacks what the protocol starts from (a salvage course after prostatectomy). */
public final class ProtocolInputException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProtocolInputException(String message) {
    super(message);
  }
}
