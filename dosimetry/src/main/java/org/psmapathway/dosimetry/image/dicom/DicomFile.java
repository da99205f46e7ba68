package org.psmapathway.dosimetry.image.dicom;

import java.nio.file.Path;

/**
 * A parsed DICOM Part-10 file.
 *
 * @param path where it was read from
 * @param transferSyntax the syntax named in the file meta information
 * @param meta the file meta information (group 0002)
 * @param dataset the data set
 */
public record DicomFile(Path path, TransferSyntax transferSyntax, DicomDataset meta, DicomDataset dataset) {}
