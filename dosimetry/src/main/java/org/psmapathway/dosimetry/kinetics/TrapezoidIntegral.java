package org.psmapathway.dosimetry.kinetics;

/**
 * Time-integrated activity by the trapezoid rule with a head and a tail, MBq·h.
 *
 * @param headMBqH injection → first measurement
 * @param bodyMBqH trapezoids between measurements
 * @param tailMBqH last measurement → ∞, A(tₙ)/λ_tail
 * @param tailLambda λ_tail, 1/h
 */
public record TrapezoidIntegral(TrapezoidHead head, TrapezoidTail tail, double headMBqH,
    double bodyMBqH, double tailMBqH, double tailLambda) {

  /** head + body + tail. */
  public double tiaMBqH() {
    return headMBqH + bodyMBqH + tailMBqH;
  }
}
