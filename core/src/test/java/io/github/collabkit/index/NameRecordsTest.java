package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The layout {@link NameResolver} relies on: every name one record, posted under the heaviest
 * words a text must hold for the name to be scored, its lists in name order, with the bits of the
 * words a window must hold. Checked over the fixture organizations and seeded generated ones.
 */
class NameRecordsTest {
  private static final Lexicon LEXICON = Lexicon.standard();
  private static final Analyzer ANALYZER = new Analyzer(LEXICON);
  private static final String[] COMMON = {"University", "Institute", "of", "Research", "Medical",
      "Center", "Hospital", "for", "Sciences", "National", "School", "Department", "and", "&",
      "Technology", "Health", "Foundation", "Ltd", "GmbH", "Universiteit", "Centrum"};
  private static final String[] CITIES = {"Leiden", "Nijmegen", "Utrecht", "Groningen", "Delft",
      "Berkeley", "Irvine", "Medicine Hat", "University Park", "Saint Louis"};
  private static final NameKind[] KINDS = {NameKind.DISPLAY, NameKind.ALIAS, NameKind.ACRONYM,
      NameKind.LABEL};

  /** A made-up proper name of two or three syllables ("Karovel"). */
  private static String proper(SplittableRandom random) {
    String[] syllables = {"ka", "ro", "vel", "min", "dra", "zo", "lu", "ter", "bo", "sen", "qui"};
    StringBuilder b = new StringBuilder();
    for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
      b.append(syllables[random.nextInt(syllables.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  /** Organizations with names of common words, made-up proper names and their own cities. */
  private static List<Organization> generated(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Organization> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String city = CITIES[random.nextInt(CITIES.length)];
      Organization.Builder b = Organization.builder().ref(OrganizationRef.of("g" + seed + "-" + i))
          .addType(OrganizationType.RESEARCH_INSTITUTE).location(Location.of("NL", city));
      for (int n = 0, names = 1 + random.nextInt(3); n < names; n++) {
        NameKind kind = KINDS[random.nextInt(KINDS.length)];
        StringBuilder name = new StringBuilder();
        if (kind == NameKind.ACRONYM) {
          name.append(proper(random).substring(0, 3).toUpperCase(Locale.ROOT));
        } else {
          for (int w = 0, words = 1 + random.nextInt(5); w < words; w++) {
            name.append(w > 0 ? " " : "").append(random.nextInt(3) == 0 ? proper(random)
                : random.nextInt(8) == 0 ? city : COMMON[random.nextInt(COMMON.length)]);
          }
        }
        b.addNames(Name.of(name.toString(), "en", kind));
      }
      out.add(b.build());
    }
    return out;
  }

  /** The records of the fixture, and of the fixture with generated organizations. */
  private static final List<NameRecords> BUILT = build();

  private static List<NameRecords> built() {
    return BUILT;
  }

  private static List<NameRecords> build() {
    List<NameRecords> out = new ArrayList<>();
    out.add(records(OrganizationIndexTest.ORGANIZATIONS));
    for (long seed = 1; seed <= 3; seed++) {
      List<Organization> orgs = new ArrayList<>(OrganizationIndexTest.ORGANIZATIONS);
      orgs.addAll(generated(seed, 2_000));
      out.add(records(orgs));
    }
    return out;
  }

  private static NameRecords records(List<Organization> orgs) {
    return new NameRecords(new OrganizationTable(orgs), LEXICON, ANALYZER);
  }

  /** The weight of each word of name k's record, in record order. */
  private static float[] weights(NameRecords r, int k) {
    int record = r.recordOf[k];
    float[] out = new float[r.records[record + NameRecords.LENGTH]];
    for (int j = 0; j < out.length; j++) {
      int word = r.records[record + NameRecords.WORDS + j];
      out[j] = r.weight(word & ~NameRecords.OPTIONAL_WORD, word < 0);
    }
    return out;
  }

  private static int word(NameRecords r, int k, int j) {
    return r.records[r.recordOf[k] + NameRecords.WORDS + j] & ~NameRecords.OPTIONAL_WORD;
  }

  @Test
  void aWordsInverseDocumentFrequencyCountsEachOrganizationOnceWhateverItsShorterForms() {
    // "Washington University in St. Louis" is also read as "Washington University", a record
    // added after every whole name: "washington" is still held by two organizations of three.
    List<Organization> orgs = List.of(
        Organization.builder().ref(OrganizationRef.of("wustl")).addType(OrganizationType.UNIVERSITY)
            .location(Location.of("US", "St. Louis"))
            .addNames(Name.of("Washington University in St. Louis", "en", NameKind.DISPLAY)).build(),
        Organization.builder().ref(OrganizationRef.of("uw")).addType(OrganizationType.UNIVERSITY)
            .location(Location.of("US", "Seattle"))
            .addNames(Name.of("University of Washington", "en", NameKind.DISPLAY)).build(),
        Organization.builder().ref(OrganizationRef.of("yale")).addType(OrganizationType.UNIVERSITY)
            .location(Location.of("US", "New Haven"))
            .addNames(Name.of("Yale University", "en", NameKind.DISPLAY)).build());
    NameRecords r = records(orgs);
    int washington = r.vocabulary.get("washington");
    assertEquals((float) Math.log(1 + 3.0 / 2), r.idf(washington), 1e-6f);
    int yale = r.vocabulary.get("yale");
    assertEquals((float) Math.log(1 + 3.0 / 1), r.idf(yale), 1e-6f);
  }

  @Test
  void recordsFollowOneAnotherEachNameOnceWithItsTotalWeight() {
    for (NameRecords r : built()) {
      int names = r.recordOf.length;
      boolean[] seen = new boolean[names];
      int record = 0;
      for (int i = 0; i < names; i++) {
        int k = r.records[record + NameRecords.NAME];
        assertFalse(seen[k], "name " + k + " has two records");
        seen[k] = true;
        assertEquals(record, r.recordOf[k]);
        float total = 0;
        for (float w : weights(r, k)) {
          total += w;
        }
        assertEquals(total, Float.intBitsToFloat(r.records[record + NameRecords.TOTAL]));
        assertEquals(r.name(k).kind(), NameRecords.KINDS[r.records[record + NameRecords.FLAGS]
            & NameRecords.KIND_BITS]);
        record += NameRecords.WORDS + r.records[record + NameRecords.LENGTH];
      }
      assertEquals(r.records.length, record);
    }
  }

  @Test
  void postingListsHoldTheirNamesInNameOrderAndSayWhichAreInSeveral() {
    for (NameRecords r : built()) {
      int names = r.recordOf.length;
      int[] lists = new int[names];
      int words = r.wordCount();
      for (int t = 0; t < words; t++) {
        int previous = -1;
        for (int e = r.postingsFrom(t); e < r.postingsTo(t); e++) {
          int k = r.records[(r.posting(e) & ~NameRecords.SEVERAL_LISTS) + NameRecords.NAME];
          assertTrue(k > previous, "word " + t + ": name " + k + " after " + previous);
          previous = k;
          lists[k]++;
          assertTrue(holds(r, k, t), "name " + k + " is posted under a word it lacks");
        }
      }
      for (int t = 0; t < words; t++) {
        for (int e = r.postingsFrom(t); e < r.postingsTo(t); e++) {
          int k = r.records[(r.posting(e) & ~NameRecords.SEVERAL_LISTS) + NameRecords.NAME];
          assertEquals(lists[k] > 1, r.posting(e) < 0, "name " + k);
        }
      }
      for (int k = 0; k < names; k++) {
        assertTrue(lists[k] > 0, "name " + k + " is posted nowhere");
      }
    }
  }

  @Test
  void aTextLackingEveryWordANameIsPostedUnderCannotReachTheCandidateShare() {
    int shortened = 0;
    for (NameRecords r : built()) {
      boolean[][] posted = postedWords(r);
      for (int k = 0; k < r.recordOf.length; k++) {
        float[] weights = weights(r, k);
        float total = Float.intBitsToFloat(r.records[r.recordOf[k] + NameRecords.TOTAL]);
        float unposted = 0;
        // A word met twice in a name weighs twice.
        Map<Integer, Float> weightOf = new HashMap<>();
        for (int j = 0; j < weights.length; j++) {
          unposted += posted[k][j] ? 0 : weights[j];
          weightOf.merge(word(r, k, j), weights[j], Float::sum);
        }
        float heaviestUnposted = 0;
        float lightestPosted = Float.MAX_VALUE;
        for (int j = 0; j < weights.length; j++) {
          float w = weightOf.get(word(r, k, j));
          if (posted[k][j]) {
            lightestPosted = Math.min(lightestPosted, w);
          } else {
            heaviestUnposted = Math.max(heaviestUnposted, w);
          }
        }
        assertTrue(unposted < NameRecords.CANDIDATE * total + 1e-4,
            r.name(k).value() + ": " + unposted + " of " + total + " unposted");
        assertTrue(heaviestUnposted <= lightestPosted, r.name(k).value());
        shortened += unposted > 0 ? 1 : 0;
      }
    }
    // The generated names have common words that are not posted, not only single words.
    assertTrue(shortened > 1_000, shortened + " names posted under some of their words");
  }

  @Test
  void aPostingNeedsEveryWordHeavierThanWhatATextMayLeaveOut() {
    for (NameRecords r : built()) {
      for (int t = 0; t < r.wordCount(); t++) {
        for (int e = r.postingsFrom(t); e < r.postingsTo(t); e++) {
          int k = r.records[(r.posting(e) & ~NameRecords.SEVERAL_LISTS) + NameRecords.NAME];
          float total = Float.intBitsToFloat(r.records[r.recordOf[k] + NameRecords.TOTAL]);
          float missing = (float) ((1 - NameRecords.CANDIDATE) * total);
          float[] weights = weights(r, k);
          long needs = 0;
          for (int j = 0; j < weights.length; j++) {
            needs |= weights[j] > missing ? 1L << word(r, k, j) : 0;
          }
          assertEquals(needs, r.postingNeeds(e), r.name(k).value());
        }
      }
    }
  }

  @Test
  void ownCityIsOptionalOnlyWhereTheRestTellsTheOrganizationApart() {
    List<Organization> orgs = new ArrayList<>(OrganizationIndexTest.ORGANIZATIONS);
    orgs.addAll(generated(7, 2_000));
    orgs.add(institute("xandrova", "Nijmegen", "Xandrova University Nijmegen"));
    orgs.add(institute("zorgvlied-berkeley", "Berkeley", "Zorgvlied University Berkeley"));
    orgs.add(institute("zorgvlied-irvine", "Irvine", "Zorgvlied University Irvine"));
    NameRecords r = records(orgs);
    assertEquals("[false, false, true]", optional(r, "Xandrova University Nijmegen"));
    assertEquals("[false, false, false]", optional(r, "Zorgvlied University Berkeley"));
    assertEquals("[false, false, false]", optional(r, "Zorgvlied University Irvine"));
  }

  private static Organization institute(String key, String city, String name) {
    return Organization.builder().ref(OrganizationRef.of(key))
        .addType(OrganizationType.UNIVERSITY).location(Location.of("NL", city))
        .addNames(Name.of(name, "en", NameKind.DISPLAY)).build();
  }

  /** Which words of a name are optional, in order. */
  private static String optional(NameRecords r, String value) {
    for (int k = 0; k < r.recordOf.length; k++) {
      if (r.name(k).value().equals(value)) {
        int record = r.recordOf[k];
        boolean[] out = new boolean[r.records[record + NameRecords.LENGTH]];
        for (int j = 0; j < out.length; j++) {
          out[j] = r.records[record + NameRecords.WORDS + j] < 0;
        }
        return Arrays.toString(out);
      }
    }
    throw new AssertionError("no record for " + value);
  }

  private static boolean holds(NameRecords r, int k, int t) {
    for (int j = 0; j < r.records[r.recordOf[k] + NameRecords.LENGTH]; j++) {
      if (word(r, k, j) == t) {
        return true;
      }
    }
    return false;
  }

  /** Per name, per word of its record: whether the name is posted under that word. */
  private static boolean[][] postedWords(NameRecords r) {
    boolean[][] posted = new boolean[r.recordOf.length][];
    for (int k = 0; k < posted.length; k++) {
      posted[k] = new boolean[r.records[r.recordOf[k] + NameRecords.LENGTH]];
    }
    for (int t = 0; t < r.wordCount(); t++) {
      for (int e = r.postingsFrom(t); e < r.postingsTo(t); e++) {
        int k = r.records[(r.posting(e) & ~NameRecords.SEVERAL_LISTS) + NameRecords.NAME];
        for (int j = 0; j < posted[k].length; j++) {
          posted[k][j] |= word(r, k, j) == t;
        }
      }
    }
    return posted;
  }
}
