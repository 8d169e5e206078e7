package io.github.collabkit.index;

import io.github.collabkit.CollabkitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of name resolution, read from {@code lexicon.txt} beside this class: synonym
 * phrases, stop words, weak (legal-form) words, unit words, the words that begin a unit's name,
 * country names and the adjectives of nations. Immutable after loading.
 */
final class Lexicon {
  /** A node of a trie over folded words, which it reads by their ids in the lexicon. */
  static final class Node {
    /** While the lexicon loads: the nodes that follow, by word; null once it is loaded. */
    private Map<String, Node> next = new HashMap<>();
    /** Once loaded: the ids of the words that lead on, ascending, and the nodes they lead to. */
    private int[] words;
    private Node[] children;
    /** For a node with many words leading on (a root): the node each word id leads to, or null. */
    private Node[] byId;
    String[] replacement;
    /** The words of the replacement that are not stop words: those analysis keeps. */
    String[] kept;
    /**
     * Whether the phrase counts only written in capitals and beside a name ("TU Delft"; not the
     * town of Tu, nor "TU" alone, an acronym of its own).
     */
    boolean capitals;
    Set<String> countries;

    /** The node a word leads to from here, or null; the word is given by its id, -1 for none. */
    Node child(int word) {
      if (word < 0) {
        return null;
      }
      if (byId != null) {
        return byId[word];
      }
      int k = Arrays.binarySearch(words, word);
      return k >= 0 ? children[k] : null;
    }
  }

  final Node synonyms = new Node();
  final Node countries = new Node();
  final Set<String> stopwords = new HashSet<>();
  final Set<String> weak = new HashSet<>();
  final Set<String> units = new HashSet<>();
  /** Words that begin the name of a part of an organization, as written in a text. */
  final Set<String> heads = new HashSet<>();
  /**
   * Adjectives of nations ("chinese", "swedish"): a name that holds one names an organization of
   * that nation ("Chinese Academy of Sciences"), as a name that holds a country's name does.
   */
  final Set<String> nations = new HashSet<>();
  /** Words that name a research unit by the number written after them ("UMR 5288"). */
  final Set<String> codes = new HashSet<>();
  /** The length of the longest of {@link #codes}. */
  int longestCode;
  /** The ids of the words the tries, stop words, heads and codes hold, set once loaded. */
  private Tables.Words ids;
  /** By id: whether a word is a stop word, and whether it begins the name of a part. */
  private boolean[] stop;
  private boolean[] head;
  private boolean[] code;

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
    lexicon.freeze();
    return lexicon;
  }

  /**
   * Gives each word of the tries, stop words and heads an id, and turns the tries' maps into
   * arrays over those ids, so that a text's words are looked up once each, from their chars.
   */
  private void freeze() {
    Set<String> all = new LinkedHashSet<>();
    collect(synonyms, all);
    collect(countries, all);
    all.addAll(stopwords);
    all.addAll(heads);
    all.addAll(codes);
    String[] list = all.toArray(String[]::new);
    ids = new Tables.Words(new PackedTexts(list));
    stop = new boolean[list.length];
    head = new boolean[list.length];
    code = new boolean[list.length];
    for (int i = 0; i < list.length; i++) {
      stop[i] = stopwords.contains(list[i]);
      head[i] = heads.contains(list[i]);
      code[i] = codes.contains(list[i]);
    }
    freeze(synonyms);
    freeze(countries);
  }

  private static void collect(Node node, Set<String> out) {
    for (Map.Entry<String, Node> e : node.next.entrySet()) {
      out.add(e.getKey());
      collect(e.getValue(), out);
    }
  }

  /** The most words leading on from a node that are searched; a node with more is read by id. */
  private static final int DENSE = 16;

  private void freeze(Node node) {
    int n = node.next.size();
    int[] words = new int[n];
    int k = 0;
    for (String w : node.next.keySet()) {
      words[k++] = ids.get(w);
    }
    Arrays.sort(words);
    Node[] children = new Node[n];
    for (Map.Entry<String, Node> e : node.next.entrySet()) {
      children[Arrays.binarySearch(words, ids.get(e.getKey()))] = e.getValue();
      freeze(e.getValue());
    }
    node.words = words;
    node.children = children;
    if (n > DENSE) {
      node.byId = new Node[stop.length];
      for (int i = 0; i < n; i++) {
        node.byId[words[i]] = children[i];
      }
    }
    node.next = null;
    if (node.replacement != null) {
      node.kept = Arrays.stream(node.replacement).filter(w -> !stopwords.contains(w))
          .toArray(String[]::new);
    }
  }

  /**
   * The id of the word held in chars {@code from} to {@code to} of a buffer, or -1 when the lexicon
   * does not hold it: read without building a string.
   */
  int id(char[] chars, int from, int to) {
    return ids.get(chars, from, to);
  }

  /** The id of a folded word, or -1 when the lexicon does not hold it. */
  int id(String word) {
    return ids.get(word);
  }

  /** Tells whether the word with an id (-1 for none) is a stop word. */
  boolean isStopword(int id) {
    return id >= 0 && stop[id];
  }

  /** Tells whether the word with an id (-1 for none) begins the name of a part of an organization. */
  boolean isHead(int id) {
    return id >= 0 && head[id];
  }

  /** Tells whether the word with an id (-1 for none) names a research unit by a number after it. */
  boolean isCode(int id) {
    return id >= 0 && code[id];
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
      case "[nations]":
        nations.addAll(List.of(words(line)));
        break;
      case "[codes]":
        for (String code : words(line)) {
          codes.add(code);
          longestCode = Math.max(longestCode, code.length());
        }
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
    node.countries.add(code.intern());
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
