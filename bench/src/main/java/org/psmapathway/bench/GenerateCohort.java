package org.psmapathway.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes N synthetic patients as JSON Lines: {@code GenerateCohort OUT.jsonl N [SEED]}. */
public final class GenerateCohort {

  private GenerateCohort() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GenerateCohort OUT.jsonl N [SEED]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122L;
    SyntheticPatients patients = new SyntheticPatients(seed);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (int i = 1; i <= n; i++) {
        out.write(patients.next(i));
        out.write('\n');
      }
    }
  }
}
