package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The open-addressing tables behind {@link OrganizationIndex}, on seeded random contents. */
class TablesTest {
  private static final long SEED = 20261123L;

  private static Organization org(int i) {
    return Organization.builder().ref(OrganizationRef.of("org-" + i))
        .addNames(Name.of("Organization " + i, "en", io.github.collabkit.model.NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY).location(Location.of("NL", "Leiden"))
        .addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q" + (1000 + i)))
        .build();
  }

  private static Organization[] orgs(int n) {
    Organization[] orgs = new Organization[n];
    for (int i = 0; i < n; i++) {
      orgs[i] = org(i);
    }
    return orgs;
  }

  @Test
  void findsEveryKeyAndNoOther() {
    Organization[] orgs = orgs(1000);
    int[] duplicate = new int[1];
    Tables.Keys keys = new Tables.Keys(orgs, duplicate);
    assertEquals(-1, duplicate[0]);
    for (int i = 0; i < orgs.length; i++) {
      assertEquals(i, keys.get(OrganizationRef.of("org-" + i)));
    }
    assertEquals(-1, keys.get(OrganizationRef.of("org-1000")));
  }

  @Test
  void reportsTheFirstRepeatedKey() {
    Organization[] orgs = Arrays.copyOf(orgs(10), 11);
    orgs[10] = org(3);
    int[] duplicate = new int[1];
    new Tables.Keys(orgs, duplicate);
    assertEquals(10, duplicate[0]);
  }

  @Test
  void findsIdentifiersByValueAndSchemeAndKeepsTheFirstOfTwoOrganizations() {
    Organization[] orgs = Arrays.copyOf(orgs(500), 501);
    orgs[500] = Organization.builder().ref(OrganizationRef.of("copy"))
        .addNames(Name.of("Copy", "en", io.github.collabkit.model.NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY)
        .addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q1007")).build();
    Tables.Identifiers ids = new Tables.Identifiers(orgs);
    for (int i = 0; i < 500; i++) {
      assertEquals(i, ids.get(IdentifierScheme.WIKIDATA, "Q" + (1000 + i)));
    }
    assertEquals(7, ids.get(IdentifierScheme.WIKIDATA, "Q1007"));
    assertEquals(-1, ids.get(IdentifierScheme.WIKIDATA, "Q999"));
    assertEquals(-1, ids.get(IdentifierScheme.ROR, "Q1007"));
  }

  private static Organization site(String key, String website) {
    return Organization.builder().ref(OrganizationRef.of(key))
        .addNames(Name.of(key, "en", io.github.collabkit.model.NameKind.DISPLAY))
        .addType(OrganizationType.UNIVERSITY)
        .addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, website)).build();
  }

  @Test
  void findsAWebsiteInAnyWrittenFormAsTheFirstOrganizationWithItsMatchKey() {
    Organization[] orgs = {site("first", "http://example.org"),
        site("second", "https://www.example.org/"), site("other", "https://other.example.org")};
    Tables.Identifiers ids = new Tables.Identifiers(orgs);
    for (String written : new String[] {"https://www.example.org/", "http://example.org",
        "HTTPS://WWW.EXAMPLE.ORG", "example.org/"}) {
      assertEquals(0, ids.get(IdentifierScheme.WEBSITE, written), written);
    }
    assertEquals(2, ids.get(IdentifierScheme.WEBSITE, "https://other.example.org"));
    assertEquals(2, ids.get(IdentifierScheme.WEBSITE, "other.example.org"));
    assertEquals(-1, ids.get(IdentifierScheme.WEBSITE, "https://example.com"));
    assertEquals(-1, ids.get(IdentifierScheme.ROR, "https://www.example.org/"));
  }

  @Test
  void fingerprintsReturnOneOrSeveralOrganizationsWithoutRepeats() {
    Random random = new Random(SEED);
    int n = 2000;
    long[] fingerprints = new long[n];
    int[][] orgs = new int[n][];
    for (int e = 0; e < n; e++) {
      fingerprints[e] = Tables.Fingerprints.of("name " + e);
      orgs[e] = e % 10 == 0 ? new int[] {e, e + 1, e + 2} : new int[] {random.nextInt(1000)};
    }
    Tables.Fingerprints table = new Tables.Fingerprints(fingerprints, orgs);
    int[] out = new int[6];
    for (int e = 0; e < n; e++) {
      assertEquals(orgs[e].length, table.count(Tables.Fingerprints.of("name " + e)), "entry " + e);
      int size = table.addTo(table.find(Tables.Fingerprints.of("name " + e)), out, 0);
      assertArrayEquals(orgs[e], Arrays.copyOf(out, size), "seed " + SEED + ", entry " + e);
    }
    assertEquals(0, table.count(Tables.Fingerprints.of("name " + n)));
    assertEquals(Tables.Fingerprints.ABSENT, table.find(Tables.Fingerprints.of("name " + n)));
    assertEquals(0, table.addTo(Tables.Fingerprints.ABSENT, out, 0));
    // a second probe leaves out what the first found, whether its answer is one organization or a list
    out[0] = 11;
    int ten = table.find(Tables.Fingerprints.of("name 10"));
    assertEquals(3, table.addTo(ten, out, 1), "11 is already there");
    assertArrayEquals(new int[] {11, 10, 12}, Arrays.copyOf(out, 3));
    int size = table.addTo(ten, out, 0);
    assertEquals(3, table.addTo(ten, out, size), "no repeats");
    int one = orgs[11][0];
    assertEquals(one >= 10 && one <= 12 ? size : size + 1,
        table.addTo(table.find(Tables.Fingerprints.of("name 11")), out, size),
        "one organization more, unless it is already there");
  }

  @Test
  void findsEveryWordAndNoOther() {
    String[] words = new String[3000];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + Integer.toString(i * 7919, 36);
    }
    Tables.Words table = new Tables.Words(new PackedTexts(words));
    for (int i = 0; i < words.length; i++) {
      assertEquals(i, table.get(words[i]));
    }
    assertEquals(-1, table.get("leiden"));
  }

  @Test
  void findsAWordHeldInCharsOfABufferAsItsString() {
    String[] words = new String[3000];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + Integer.toString(i * 7919, 36) + (i % 5 == 0 ? "\u0142" : "");
    }
    Tables.Words table = new Tables.Words(new PackedTexts(words));
    for (int i = 0; i < words.length; i++) {
      String text = "  " + words[i] + "x";
      char[] buffer = text.toCharArray();
      int end = 2 + words[i].length();
      assertEquals(i, table.get(buffer, 2, end), words[i]);
      // One char more or less is another word, held or not as its string is.
      assertEquals(table.get(text.substring(2, end + 1)), table.get(buffer, 2, end + 1), words[i]);
      assertEquals(table.get(text.substring(2, end - 1)), table.get(buffer, 2, end - 1), words[i]);
    }
    assertEquals(-1, table.get("leiden".toCharArray(), 0, 6));
  }

  @Test
  void sizesTablesAtMostThreeQuartersFull() {
    assertEquals(4, Tables.capacity(0));
    assertEquals(4, Tables.capacity(3));
    assertEquals(8, Tables.capacity(4));
    assertEquals(1 << 18, Tables.capacity(150_000));
    assertEquals(1 << 19, Tables.capacity(200_000));
  }
}
