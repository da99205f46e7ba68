package org.psmapathway.store;

import java.time.OffsetDateTime;
import org.psmapathway.core.record.PatientRecord;

/**
 * A record as stored: its optimistic-locking {@code version} (0 when inserted, +1 on every
 * replacement) and when the row was created and last replaced.
 */
public record StoredPatient(PatientRecord record, long version, OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
