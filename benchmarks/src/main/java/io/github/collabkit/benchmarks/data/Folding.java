package io.github.collabkit.benchmarks.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folding the peers apply to names before comparing them: the same folding as Lucene's
 * {@code ASCIIFoldingFilter} plus lower case, for the letters our data has, with punctuation and
 * runs of white space collapsed to one space. {@code "Universitätsklinikum  Münster"} folds to
 * {@code "universitatsklinikum munster"}.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Folding() {}

  /**
   * Folds a name or query.
   *
   * @param text the text as written
   * @return lower-case ASCII-folded words separated by single spaces
   */
  public static String fold(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    t = t.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
    t = SEPARATORS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return t.strip();
  }
}
