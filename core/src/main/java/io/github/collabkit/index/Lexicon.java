package io.github.collabkit.index;

import io.github.collabkit.CollabkitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of name resolution, read from {@code lexicon.txt} beside this class: synonym
 * phrases, stop words, weak (legal-form) words, unit words, the words that begin a unit's name
 * and country names. Immutable after loading.
 */
final class Lexicon {
  /** A node of a trie over folded words. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String[] replacement;
    /**
     * Whether the phrase counts only written in capitals and before a name ("TU Delft"; not the
     * town of Tu, nor "TU" alone, an acronym of its own).
     */
    boolean capitals;
    Set<String> countries;
  }

  final Node synonyms = new Node();
  final Node countries = new Node();
  final Set<String> stopwords = new HashSet<>();
  final Set<String> weak = new HashSet<>();
  final Set<String> units = new HashSet<>();
  /** Words that begin the name of a part of an organization, as written in a text. */
  final Set<String> heads = new HashSet<>();


  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  private Lexicon() {}

  /** Returns the lexicon shipped with collabkit. */
  static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new CollabkitException("organization index: resource lexicon.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[")) {
          section = l;
          continue;
        }
        lexicon.addLine(section, l, lineNumber);
      }
    } catch (IOException e) {
      throw new CollabkitException("organization index: cannot read lexicon.txt: " + e.getMessage(), e);
    }
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (Locale language : List.of(Locale.ENGLISH, new Locale("nl"), Locale.GERMAN, Locale.FRENCH,
          new Locale("es"), Locale.ITALIAN, new Locale("pt"))) {
        lexicon.addCountry(code, country.getDisplayCountry(language));
      }
    }
    return lexicon;
  }

  private void addLine(String section, String line, int lineNumber) {
    switch (section) {
      case "[synonyms]":
      case "[countries]": {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new CollabkitException("organization index: lexicon.txt line " + lineNumber
              + ": expected 'canonical: variant | variant'");
        }
        String head = line.substring(0, colon).strip();
        for (String variant : line.substring(colon + 1).split("\\|")) {
          if (section.equals("[synonyms]")) {
            String[] words = words(head);
            Node node = put(synonyms, words(variant));
            node.replacement = words;
            String v = variant.strip();
            node.capitals = v.equals(v.toUpperCase(Locale.ROOT)) && !v.equals(v.toLowerCase(Locale.ROOT));
            put(synonyms, words).replacement = words;
          } else {
            addCountry(head, variant);
          }
        }
        break;
      }
      case "[stopwords]":
        stopwords.addAll(List.of(words(line)));
        break;
      case "[legal]":
        weak.addAll(List.of(words(line)));
        break;
      case "[units]":
        units.addAll(List.of(words(line)));
        break;
      case "[heads]":
        heads.addAll(List.of(words(line)));
        break;
      default:
        throw new CollabkitException("organization index: lexicon.txt line " + lineNumber
            + ": unknown section '" + section + "'");
    }
  }

  private void addCountry(String code, String name) {
    String[] words = words(name);
    if (words.length == 0) {
      return;
    }
    Node node = put(countries, words);
    if (node.countries == null) {
      node.countries = new HashSet<>();
    }
    node.countries.add(code);
    if (words.length > 1 && words[0].equals("the")) {
      addCountry(code, name.substring(name.indexOf("the") + 3));
    }
  }

  private static String[] words(String text) {
    List<String> words = new ArrayList<>();
    Analyzer.foldWords(text, words);
    return words.toArray(String[]::new);
  }

  private static Node put(Node root, String[] words) {
    Node node = root;
    for (String w : words) {
      node = node.next.computeIfAbsent(w, k -> new Node());
    }
    return node;
  }
}
