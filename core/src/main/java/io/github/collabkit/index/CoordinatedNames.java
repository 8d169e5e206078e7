package io.github.collabkit.index;

import java.util.Arrays;
import java.util.Set;

/**
 * Ends a part of a split text where it names two organizations side by side. A conjunction joining
 * two names, each written whole, when the whole is no name: "University of Groningen and
 * University Medical Center Groningen" names two organizations, as if a comma stood there, while
 * "Wageningen University and Research" and "H. Lee Moffitt Cancer Center and Research Institute"
 * are one name each. And the acronym of a host written last after "at": "David Geffen School of
 * Medicine at UCLA". Names are read through {@link ExactLookup}; each side of a conjunction is read
 * only up to {@link #COORDINATED_MAX} words, so the time stays linear in the text. Stateless.
 */
final class CoordinatedNames {
  /** Words that join two names, or two parts of a name, in the registry's languages. */
  static final Set<String> CONJUNCTIONS = Set.of("and", "en", "und", "et", "y", "e");

  /** The most words on either side of a conjunction that {@link #split} reads. */
  private static final int COORDINATED_MAX = 12;

  private CoordinatedNames() {}

  /**
   * Ends a part of a split text at each conjunction written between two names ({@link
   * #namesTwo}), when the part as a whole is no name: the conjunction stays with the first name;
   * the second begins a part. Changes the text's segments in place.
   */
  static void split(Analyzer.Analyzed raw, ExactLookup exact) {
    // The segments as split; copied when the first split starts changing them.
    int[] segment = raw.segment;
    int partStart = 0;
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      int seg = segment[i];
      raw.segment[i] = seg + shift;
      if (i > 0 && seg != segment[i - 1]) {
        partStart = i;
      }
      if (i == partStart || i - partStart > COORDINATED_MAX || raw.words[i].length() > 3
          || !CONJUNCTIONS.contains(raw.words[i])) {
        continue;
      }
      int partEnd = i + 1;
      while (partEnd < raw.size && segment[partEnd] == seg && partEnd - i <= COORDINATED_MAX) {
        partEnd++;
      }
      if (partEnd > i + 1 && (partEnd == raw.size || segment[partEnd] != seg)
          && namesTwo(raw, partStart, i, partEnd, exact)) {
        if (shift++ == 0) {
          segment = Arrays.copyOf(raw.segment, raw.size);
        }
        partStart = i + 1;
      }
    }
    raw.segments += shift;
  }

  /**
   * Ends a part of a split text before the acronym of its host written last after "at", as in
   * "David Geffen School of Medicine at UCLA" or "Dementia Research Institute at UCL": the
   * acronym, in capitals and written as some organization writes a name, begins a part of its
   * own, unless the part as a whole is a name. "University of Texas at Austin" is unchanged: its
   * last word is no acronym. One pass over the words; changes the text's segments in place.
   */
  static void splitHost(Analyzer.Analyzed raw, ExactLookup exact) {
    int partStart = 0;
    int shift = 0;
    for (int i = 0; i < raw.size; i++) {
      int seg = raw.segment[i];
      if (i > 0 && seg + shift != raw.segment[i - 1]) {
        partStart = i;
      }
      raw.segment[i] = seg + shift;
      int acronym = i + 1;
      if (i > partStart && acronym < raw.size && raw.segment[acronym] == seg
          && raw.upper[acronym] && raw.words[i].equals("at")
          && (acronym + 1 == raw.size || raw.segment[acronym + 1] != seg)
          && exact.isWrittenName(raw.text, raw.start[acronym], raw.end[acronym])
          && !exact.isName(raw.text.substring(raw.start[partStart], raw.end[acronym]))) {
        shift++;
      }
    }
    raw.segments += shift;
  }

  /**
   * Tells whether the words before a conjunction at {@code at}, from {@code from}, and the words
   * after it, to {@code to}, are two names and the whole is none. One side must be written as
   * some organization writes a name (a fingerprint of its characters, read without allocating);
   * only then is the other side, and the whole, read as {@link ExactLookup#byName} reads names.
   */
  private static boolean namesTwo(Analyzer.Analyzed raw, int from, int at, int to,
      ExactLookup exact) {
    String text = raw.text;
    int leftEnd = raw.end[at - 1];
    int rightStart = raw.start[at + 1];
    boolean left = exact.isWrittenName(text, raw.start[from], leftEnd);
    if (!left && !exact.isWrittenName(text, rightStart, raw.end[to - 1])) {
      return false;
    }
    return (left ? exact.isName(text.substring(rightStart, raw.end[to - 1]))
        : exact.isName(text.substring(raw.start[from], leftEnd)))
        && !exact.isName(text.substring(raw.start[from], raw.end[to - 1]));
  }
}
