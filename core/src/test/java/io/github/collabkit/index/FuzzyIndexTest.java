package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyIndexTest {
  private static final String[] WORDS = {"erasmus", "leiden", "umr5288", "groningen"};
  private static final FuzzyIndex FUZZY = new FuzzyIndex(WORDS, new PackedTexts(WORDS), 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "two letters swapped | erasmsu | erasmus",
      "a letter left out | groninen | groningen",
      "a letter too many | leideen | leiden",
      "a digit changed names another unit | umr5286 | ''",
      "a letter changed beside digits | unr5288 | ''",
      "the word itself | erasmus | ''",
      "shorter than the shortest word read | leidn | leiden",
      "too short | leid | ''"})
  void findsTheWordsOneEditAwayExceptForWordsWithDigits(String kase, String query, String near) {
    String[] found = ids(FUZZY.near(query));
    assertArrayEquals(near.isEmpty() ? new String[0] : near.split(" "), found, kase);
  }

  private static String[] ids(int[] ids) {
    String[] words = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      words[i] = WORDS[ids[i]];
    }
    return words;
  }
}
