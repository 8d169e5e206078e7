package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.internal.Folding;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The name fingerprints of {@link ExactLookup} are read without building strings; these tests hold
 * them to the strings they stand for, over seeded texts built from the pieces names are made of.
 */
class ExactLookupTest {
  private static final Analyzer ANALYZER = new Analyzer(Lexicon.standard());
  private static final String[] PIECES = {
      "University", "univ.", "Univ", "of", "the", "de", "van", "TU", "Delft", "UR", "Wageningen",
      "UMC", "umc", "Universitair", "Medisch", "Centrum", "Medical", "Center", "Centre", "Dept.",
      "Department", "Sciences", "Science", "Inst.", "Institute", "Hospital", "Ziekenhuis",
      "Netherlands", "the Netherlands", "Nederland", "USA", "United States", "Deutschland",
      "2333 ZA", "1081 HV", "Leiden", "LUMC", "CNRS", "UMR", "5234", "12", "2", "7", "Straße",
      "Université", "l'Université", "King's", "Ærø", "İstanbul", "Łódź", "ﬁnance", "北京大学",
      "𝔄lpha", "Genève", "Saint", "St.", "&", "and", "en", "für"};
  private static final String[] GLUE = {" ", " ", " ", ", ", "; ", " (", ") ", "-", " - ", "/",
      ": ", "\t", "", " 2 "};

  private static String text(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int words = 1 + random.nextInt(8);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        b.append(GLUE[random.nextInt(GLUE.length)]);
      }
      String piece = PIECES[random.nextInt(PIECES.length)];
      b.append(random.nextInt(6) == 0 ? piece.toUpperCase(Locale.ROOT) : piece);
    }
    return b.toString();
  }

  @Test
  void writtenFingerprintIsTheFingerprintOfTheFoldedKey() {
    SplittableRandom random = new SplittableRandom(20261130);
    for (int i = 0; i < 20_000; i++) {
      String text = text(random);
      assertEquals(Tables.Fingerprints.of(Folding.key(text)), ExactLookup.written(text), text);
      assertEquals(ExactLookup.written(text), ANALYZER.nameFingerprints(text).written,
          () -> text + ": read from the split's chars");
    }
  }

  @Test
  void canonicalFingerprintIsTheFingerprintOfTheWordsAnalysisKeeps() {
    ExactLookup lookup = new ExactLookup(new OrganizationTable(List.of()), ANALYZER);
    SplittableRandom random = new SplittableRandom(20261201);
    int changed = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = text(random);
      Analyzer.Analyzed a = ANALYZER.analyze(text);
      StringBuilder words = new StringBuilder();
      for (int p = 0; p < a.size; p++) {
        words.append(a.words[p]);
      }
      long expected = Tables.Fingerprints.of(words);
      assertEquals(expected, lookup.canonical(text), text);
      changed += expected == ExactLookup.written(text) ? 0 : 1;
    }
    // The texts exercise synonyms, stop words, stems and dropped numbers, not only plain words.
    assertTrue(changed > 10_000, changed + " of 20000 texts analysed to other words");
  }

  @Test
  void canonicalFingerprintOfATextDoesNotDependOnTheTextsReadBeforeIt() {
    // The fingerprint is read on a split reused per thread; long texts (more words than it keeps)
    // and short ones alternate, so words, segments or dropped marks left over would show.
    ExactLookup lookup = new ExactLookup(new OrganizationTable(List.of()), ANALYZER);
    SplittableRandom random = new SplittableRandom(20261202);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(4) == 0 ? 40 + random.nextInt(80) : 1;
      for (int p = 0; p < parts; p++) {
        b.append(p > 0 ? GLUE[random.nextInt(GLUE.length)] : "").append(text(random));
      }
      String text = b.toString();
      Analyzer.Analyzed a = ANALYZER.analyze(text);
      StringBuilder words = new StringBuilder();
      for (int p = 0; p < a.size; p++) {
        words.append(a.words[p]);
      }
      assertEquals(Tables.Fingerprints.of(words), lookup.canonical(text), text);
    }
  }
}
