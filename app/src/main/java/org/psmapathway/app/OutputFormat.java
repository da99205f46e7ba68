package org.psmapathway.app;

/** {@code --format} of every analysis command. */
enum OutputFormat {
  text,
  json
}
