package org.psmapathway.dosimetry.image.nifti;

/** A file that is not a NIfTI-1 image this package reads; the message names the file and field. */
public final class NiftiFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public NiftiFormatException(String message) {
    super(message);
  }
}
