package io.github.collabkit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.internal.Folding;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void foldsSharpSAndLigaturesAsTheIndexDoes() {
    assertEquals(" grosse strasse ", Text.normalize("Große Straße"));
    assertEquals(" " + Folding.fold("Ærø, Œuvre") + " ", Text.normalize("Ærø, Œuvre"));
    assertTrue(Text.hasWords(Text.normalize("Universitätsklinikum Münster, Straße 3"),
        Text.normalizeTerm("strasse")));
  }

  @Test
  void findsWholeWordsOnly() {
    String text = Text.normalize("Leiden University Medical Center");
    assertTrue(Text.hasWords(text, Text.normalizeTerm("Medical")));
    assertFalse(Text.hasWords(text, Text.normalizeTerm("Medic")));
    assertTrue(Text.hasWordStartingWith(text, Text.normalizeTerm("Medic")));
    assertEquals(" ", Text.normalize("--"));
  }
}
