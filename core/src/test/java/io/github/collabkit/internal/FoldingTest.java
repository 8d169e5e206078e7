package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", value = {
      "lower case and spaces | Leids Universitair  Medisch Centrum | leids universitair medisch centrum",
      "diacritics | Universitätsklinikum Münster | universitatsklinikum munster",
      "sharp s | Große-Straße | grosse strasse",
      "ligatures and slashed o | Ærø Œuvre | aero oeuvre",
      "stroke letters | Łódź Đakovo | lodz dakovo",
      "thorn and eth | Þór Ðe | thor de",
      "apostrophe joins | King's College | kings college",
      "French elision splits | l'Université d'Évry | l universite d evry",
      "decomposed diacritic | Mu\u0308nster | munster",
      "punctuation separates | Erasmus MC, Rotterdam (NL) | erasmus mc rotterdam nl",
      "digits kept | 3D lab 2024 | 3d lab 2024",
      "nothing to fold | - , ; | \"\"",
  })
  void folds(String name, String text, String folded) {
    assertEquals(folded, Folding.fold(text));
  }

  @Test
  void keepsLettersThatDifferApart() {
    assertNotEquals(Folding.fold("Groningen"), Folding.fold("Gröningen ss"));
    assertNotEquals(Folding.fold("Æ"), Folding.fold("A"));
  }

  @Test
  void reportsWordSpansCapitalsAndSeparators() {
    List<String> seen = new ArrayList<>();
    Folding.split("LUMC, Leiden", new Folding.Sink() {
      @Override
      public void word(String folded, int start, int end, boolean upper) {
        seen.add(folded + "@" + start + "-" + end + (upper ? "^" : ""));
      }

      @Override
      public void separator(int cp, int at, int length) {
        seen.add(Character.toString(cp) + "@" + at);
      }
    });
    assertEquals(List.of("lumc@0-4^", ",@4", " @5", "leiden@6-12"), seen);
  }

  @Test
  void aKeptSplitterSplitsEachTextAsAFreshOne() {
    Folding.Splitter kept = new Folding.Splitter();
    for (String text : List.of("LUMC, Leiden", "x".repeat(5000) + " Straße", "l'Université d'Évry",
        "Ærø", "")) {
      List<String> fresh = new ArrayList<>();
      Folding.split(text, (w, s, e, u) -> fresh.add(w + "@" + s + "-" + e + (u ? "^" : "")));
      List<String> reused = new ArrayList<>();
      kept.split(text, (chars, length, s, e, u) ->
          reused.add(new String(chars, 0, length) + "@" + s + "-" + e + (u ? "^" : "")));
      assertEquals(fresh, reused, text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "spaces and case | Radboud UMC | radboudumc",
      "one word | Radboudumc | radboudumc",
      "diacritics and sharp s | Große-Straße Münster | grossestrassemunster",
      "elision | L'Hôpital | lhopital",
      "ligature letter | Ǆemal | dzemal",
      "Greek with accents, beyond U+0250 | Ελλάδα | ελλαδα",
  })
  void keysAreTheFoldedWordsWithoutSeparators(String name, String text, String key) {
    assertEquals(key, Folding.key(text));
    assertEquals(Folding.fold(text).replace(" ", ""), Folding.key(text));
  }
}
