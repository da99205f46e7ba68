package org.psmapathway.store.deid;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret behind pseudonyms and date offsets: at least 32 bytes (256 bits, the HMAC-SHA256
 * output size, RFC 2104 section 3), used as an HMAC-SHA256 key. Whoever holds it can recompute
 * the pseudonym of a known patient id; without it the pseudonyms and offsets carry no information
 * about the ids.
 */
public final class PseudonymKey {

  /** Shortest key accepted, in bytes. */
  public static final int MIN_BYTES = 32;

  private final byte[] key;

  private PseudonymKey(byte[] key) {
    this.key = key.clone();
  }

  /** The key; throws {@code IllegalArgumentException} when shorter than {@link #MIN_BYTES}. */
  public static PseudonymKey of(byte[] key) {
    if (key == null || key.length < MIN_BYTES) {
      throw new IllegalArgumentException("key: expected at least " + MIN_BYTES + " bytes, got "
          + (key == null ? 0 : key.length));
    }
    return new PseudonymKey(key);
  }

  /** HMAC-SHA256 of the UTF-8 bytes of {@code message} under this key (32 bytes). */
  byte[] hmac(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform must provide HmacSHA256 (javax.crypto.Mac documentation)
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "PseudonymKey[" + key.length + " bytes]"; // never the bytes
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PseudonymKey k && Arrays.equals(key, k.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }
}
