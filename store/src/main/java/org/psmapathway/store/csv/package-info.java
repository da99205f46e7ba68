/**
 * The registry as a set of CSV tables (docs/registry-csv.md): {@link
 * org.psmapathway.store.csv.RegistryCsvReader} reads every table first and validates the assembled
 * records with the same rules as JSON import, reporting {@code file:line:column} problems;
 * {@link org.psmapathway.store.csv.RegistryCsvWriter} writes records as the same tables in a
 * canonical form, so that export, import and export again give the same bytes.
 */
package org.psmapathway.store.csv;
