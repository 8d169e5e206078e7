package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzerTest {
  private static final Analyzer ANALYZER = new Analyzer(Lexicon.standard());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a footnote number before a department ends a part | University of Oslo 2 Department of Biosciences | 2 | university oslo / department bioscience",
      "a number before a word that begins no unit stays | Universite Paris 7 Denis Diderot | 1 | university paris 7 denis diderot",
      "a number before a lower-case unit word stays | Building 2 department store | 1 | building 2 department store",
      "a number at the end of a part stays | Hospital Unit 12, Department of Surgery | 2 | hospital unit 12 / department surgery"})
  void readsAFootnoteNumberBeforeAUnitNameAsTheEndOfAPart(String kase, String text, int parts,
      String words) {
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    assertEquals(parts, a.segments, () -> kase + ": " + Arrays.toString(a.segment));
    assertEquals(words, parts(a), kase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a code and its number, after an organization | CNRS UMR 5288 | cnrs / umr5288",
      "with a hyphen, then a team | Virology UMR-1161, ANSES | virology / umr1161 / anses",
      "written run together, between names | Inserm U1217 Lyon | inserm / u1217 / lyon",
      "Inserm's one-letter code | Inserm U 1217 | inserm / u1217",
      "a code in lower case is a word | umr 5288 | umr",
      "an organization's acronym before a number | CNRS 5286 | cnrs",
      "a number of two digits | UMR 54 | umr 54",
      "a number in another part | UMR, 5288 | umr"})
  void readsAUnitCodeAndItsNumberAsOneWordInAPartOfItsOwn(String kase, String text, String words) {
    Analyzer.Analyzed raw = Analyzer.raw(text);
    ANALYZER.partUnitCodes(raw);
    assertEquals(words, parts(ANALYZER.analyze(raw)), kase);
    assertEquals(words.replace(" /", ""),
        String.join(" ", Arrays.copyOf(ANALYZER.analyze(text).words, ANALYZER.analyze(text).size)),
        kase + ", before parts are cut");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a long plural | Sciences | science",
      "a four-letter plural | Arts | art",
      "a four-letter plural, Eyes | Eyes | eye",
      "-ss is kept | Mass | mass",
      "-us is kept | Campus | campus",
      "-is is kept | Analysis | analysis",
      "three letters are kept | Gas | gas",
      "capitals are kept | AIDS | aids"})
  void dropsAPluralSOfAWordOfFourLettersOrMore(String kase, String text, String word) {
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    assertEquals(word, a.words[0], kase);
  }

  /** The words of an analysed text, its parts apart by " / ". */
  private static String parts(Analyzer.Analyzed a) {
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < a.size; p++) {
      if (p > 0) {
        b.append(a.segment[p] != a.segment[p - 1] ? " / " : " ");
      }
      b.append(a.words[p]);
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "UR beside a name | Wageningen UR | wageningen university research",
      "UR alone is an acronym | UR | ur",
      "UR before a number is a unit code | UR 4567 | ur4567",
      "TU before a name | TU Delft | technical university delft"})
  void readsCapitalAbbreviationsBesideANameAsTheirWords(String kase, String text, String words) {
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    assertEquals(words, String.join(" ", Arrays.copyOf(a.words, a.size)), kase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "initials with a stop word between | Hangzhou Institute of Medicine (HIM) | HIM | true",
      "initials of every word | Vanderbilt University Medical Center (VUMC), Nashville | VUMC | true",
      "letters that are not the initials | Turku Centre (PET) | PET | false",
      "not in brackets | Hangzhou Institute of Medicine HIM | HIM | false",
      "initials of words in another part | Hangzhou, Institute of Medicine (HIM) | HIM | false",
      "the first letters of a word | University of Málaga (UMA) | UMA | true",
      "the first letters of several words | Instituto de Investigación Biomédica de Málaga (IBIMA)"
          + " | IBIMA | true",
      "a numeral's letters | Instituto de Salud Carlos III (ISCIII) | ISCIII | true",
      "letters the words do not begin | Leiden University (CNRS) | CNRS | false",
      "the word before the brackets gives no letter | University of Málaga Hospital (UM) | UM"
          + " | false"})
  void readsAnAbbreviationInBracketsOfTheWordsBeforeItAsTheirShortForm(String kase, String text,
      String abbreviation, boolean expected) {
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    assertEquals(expected, ANALYZER.abbreviatesWordsBefore(a, position(a, text, abbreviation)),
        kase);
  }

  @Test
  void readsAnAbbreviationAfterAnyNumberOfStopWordsWithoutRecursingIntoThemAll() {
    // Each stop word may give a letter or none: read naively, the ways to spell twelve letters
    // from twenty thousand words are beyond counting, and one frame a word overflows the stack.
    String text = "de ".repeat(20_000) + "(DDDDDDDDDDDD)";
    Analyzer.Analyzed a = ANALYZER.analyze(text);
    assertTrue(ANALYZER.abbreviatesWordsBefore(a, position(a, text, "DDDDDDDDDDDD")));
  }

  private static int position(Analyzer.Analyzed a, String text, String word) {
    int p = a.size - 1;
    while (p >= 0 && !text.substring(a.start[p], a.end[p]).equals(word)) {
      p--;
    }
    assertTrue(p >= 0, word);
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "capitals run into a word | CONICETUniversidad de Buenos Aires | conicet universidad de buenos aires",
      "a lower-case word run into a name | Current addressKhalifa University | current address khalifa university",
      "a word known whole stays whole | AstraZeneca | astrazeneca",
      "one lower-case letter before the capital | McGill University | mcgill university",
      "a part that is not a known word | Xyzzyuniversity | xyzzyuniversity",
      "a part that is not a known word, at a capital | QwertyUniversity | qwertyuniversity"})
  void readsTwoKnownWordsRunTogetherAtACaseChangeAsTwoWords(String kase, String text,
      String words) {
    java.util.Set<String> known = java.util.Set.of("conicet", "universidad", "de", "buenos", "aires",
        "current", "address", "khalifa", "university", "astrazeneca", "astra", "zeneca", "gill",
        "mcgill");
    Analyzer.Analyzed a = Analyzer.raw(text, known::contains);
    assertEquals(words, String.join(" ", Arrays.copyOf(a.words, a.size)), kase);
    for (int p = 0; p < a.size; p++) {
      assertEquals(a.words[p], Analyzer.raw(text.substring(a.start[p], a.end[p])).words[0], kase);
    }
  }
}
