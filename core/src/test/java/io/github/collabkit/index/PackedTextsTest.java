package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PackedTexts} on seeded random texts, some with chars above 255. */
class PackedTextsTest {
  @Test
  void readsBackEveryTextOneOrTwoBytesACharAlike() {
    Random random = new Random(42);
    String[] texts = new String[2000];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      boolean wide = random.nextInt(5) == 0;
      for (int j = 0; j < length; j++) {
        sb.append(wide && random.nextBoolean() ? (char) (0x100 + random.nextInt(0xD000))
            : (char) (' ' + random.nextInt(0xE0)));
      }
      texts[i] = sb.toString();
    }
    PackedTexts packed = new PackedTexts(texts);
    assertEquals(texts.length, packed.size());
    for (int i = 0; i < texts.length; i++) {
      String t = texts[i];
      assertEquals(t, packed.get(i));
      assertEquals(t.length(), packed.length(i));
      assertEquals(t.hashCode(), packed.hash(i), "hash as String's");
      assertTrue(packed.equals(i, t));
      assertFalse(packed.equals(i, t + "x"));
      for (int from = 0; from <= t.length(); from++) {
        assertTrue(packed.startsWith(i, from, t.substring(from)));
        assertTrue(packed.startsWith(i, from, t.substring(from, from + (t.length() - from) / 2)));
        assertFalse(packed.startsWith(i, from, t.substring(from) + "\u0100"));
      }
      if (!t.isEmpty()) {
        String changed = (char) (t.charAt(0) ^ 1) + t.substring(1);
        assertFalse(packed.startsWith(i, 0, changed));
        assertFalse(packed.equals(i, changed));
      }
    }
  }
}
