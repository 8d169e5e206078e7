package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written ROR scan accepts exactly what the ROR pattern and checksum accept. */
class IdentifierSyntaxTest {
  private static final long SEED = 20260101L;
  private static final int SAMPLES = 200_000;

  @Test
  void rorScanAgreesWithTheRorPattern() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < SAMPLES; i++) {
      String text = random.nextInt(4) == 0 ? randomString(random, "0abilou9zZ", 10)
          : "0" + randomString(random, "0123456789abcdefghijklmnopqrstuvwxyz", 6) + random.nextInt(0, 100);
      boolean expected = IdentifierSyntax.ROR.matcher(text).matches()
          && IdentifierSyntax.rorChecksum(text.substring(1, 7)) == Integer.parseInt(text.substring(7));
      assertEquals(expected, IdentifierSyntax.problem(IdentifierScheme.ROR, text) == null,
          "seed " + SEED + ", sample " + i + ": '" + text + "'");
    }
  }

  /** Up to {@code maxLength} characters drawn from an alphabet. */
  private static String randomString(SplittableRandom random, String alphabet, int maxLength) {
    return random.ints(random.nextInt(maxLength + 1), 0, alphabet.length())
        .mapToObj(k -> String.valueOf(alphabet.charAt(k))).collect(Collectors.joining());
  }
}
