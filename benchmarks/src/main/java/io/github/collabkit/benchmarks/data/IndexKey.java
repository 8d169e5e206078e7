package io.github.collabkit.benchmarks.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised name key of collabkit's {@code OrganizationIndex}, replicated here because the
 * code it mirrors is internal: the library's one folding, {@code
 * io.github.collabkit.internal.Folding#fold(int, StringBuilder)} (not exported by the core
 * module), joined without separators as the index's {@code ExactLookup.key} does. Every letter
 * and digit folded (lower case,
 * diacritics removed, {@code ß} to {@code ss}, {@code æ} to {@code ae}, {@code ø} to {@code o} and
 * so on), everything else dropped, so {@code "Radboud UMC"} and {@code "Radboudumc"} both give
 * {@code "radboudumc"}. The index's exact-name map is keyed by this form (and by a second form with
 * synonyms replaced, which the peers do not replicate). A test checks that the index and this key
 * agree on the names of a generated landscape.
 */
public final class IndexKey {
  private static final String[] FOLD = new String[0x250];

  static {
    for (int c = 0; c < FOLD.length; c++) {
      FOLD[c] = foldSlow(c);
    }
  }

  private IndexKey() {}

  /**
   * Returns the key of a name or query.
   *
   * @param text the text as written
   * @return its folded letters and digits, without separators
   */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (cp < 0x80) {
          out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
        } else if (cp < FOLD.length) {
          out.append(FOLD[cp]);
        } else {
          out.append(foldSlow(cp));
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String foldSlow(int cp) {
    switch (cp) {
      case 0xdf: return "ss";
      case 0xe6: case 0xc6: return "ae";
      case 0x153: case 0x152: return "oe";
      case 0xf8: case 0xd8: return "o";
      case 0x111: case 0x110: case 0xf0: case 0xd0: return "d";
      case 0x142: case 0x141: return "l";
      case 0x131: return "i";
      case 0xfe: case 0xde: return "th";
      default:
        break;
    }
    String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.appendCodePoint(Character.toLowerCase(c));
      }
      i += Character.charCount(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
