/**
 * De-identification of patient records for research exports (docs/deidentification.md): keyed-hash
 * pseudonyms, a per-patient date offset that keeps every interval, free text withheld. Pure: no
 * I/O, no clock; the key is read by the caller.
 */
package org.psmapathway.store.deid;
