/**
 * Lu-177-PSMA dosimetry. Subpackages by feature: time–activity kinetics, organ and lesion doses,
 * voxel dosimetry, image readers, doses across cycles, and tumour dose as a response biomarker.
 * Readers do file I/O (this module is at the edge, DESIGN.md); the computations take arrays and
 * return records.
 */
package org.psmapathway.dosimetry;
