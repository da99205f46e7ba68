package org.psmapathway.core.record;

import java.time.LocalDate;

/**
 * One haemoglobin result, kept in grams per litre whatever unit it was reported in (trial
 * criteria such as Lund NCT02699424 "Hb &gt; 90 g/L" are written in g/L; g/dL is converted ×10).
 */
public record HaemoglobinValue(LocalDate date, double gPerL) {}
