package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.testing.LandscapeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The entries of {@link PrefixCompletion} are sorted as their suffixes are, and its sparse table
 * answers exactly what a scan of the whole range answers: the same organizations, names and order,
 * for prefixes that thousands of names share and for prefixes that are a whole name.
 */
class PrefixCompletionTest {

  private static final List<Organization> ORGANIZATIONS =
      List.copyOf(LandscapeGenerator.seeded(11).organizations(3_000).generate().organizations());
  private static final PrefixCompletion COMPLETION =
      new PrefixCompletion(new OrganizationTable(ORGANIZATIONS), Lexicon.standard().stopwords);

  @Test
  void theTableAnswersAsAScanOfTheRangeDoes() {
    Random random = new Random(42);
    List<String> prefixes = new ArrayList<>(List.of("u", "un", "d", "de", "c", "me", "s", "i"));
    for (int i = 0; i < 400; i++) {
      Organization o = ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size()));
      List<Name> names = new ArrayList<>(o.names());
      String name = Folding.fold(names.get(random.nextInt(names.size())).value());
      int start = random.nextInt(3) == 0 ? Math.max(0, name.indexOf(' ') + 1) : 0;
      int length = 1 + random.nextInt(Math.max(1, Math.min(12, name.length() - start)));
      prefixes.add(random.nextInt(5) == 0 ? name : name.substring(start, Math.min(name.length(), start + length)));
    }
    int wide = 0;
    for (String prefix : prefixes) {
      int[] range = COMPLETION.range(prefix);
      wide += range[1] - range[0] > 2 * PrefixCompletion.BLOCK ? 1 : 0;
      for (int k : new int[] {1, 3, 10, PrefixCompletion.TOP}) {
        String p = Folding.fold(prefix);
        List<String> scanned = describe(COMPLETION.complete(p, k, range[0], range[1], true));
        List<String> tabled = describe(COMPLETION.complete(p, k, range[0], range[1], false));
        assertEquals(scanned, tabled, () -> "prefix '" + prefix + "', k " + k);
      }
    }
    assertTrue(wide >= 8, "the prefixes must reach the sparse table: " + wide + " wide ranges");
  }

  @Test
  void entriesAreInSuffixOrderAndEqualSuffixesInNameOrder() {
    List<Organization> organizations = new ArrayList<>(ORGANIZATIONS.subList(0, 500));
    // Wide texts (not Latin-1), names that are prefixes of others, and suffixes equal on more
    // than the characters the sort packs into numbers.
    String[] extra = {"中国科学院", "中国科学院大学", "서울대학교", "香港大学", "香港", "Πανεπιστήμιο Αθηνών", "Πανεπιστήμιο", "ab",
        "ab abc", "abc", "universityx", "university of nowhere", "university of nowhere", "a"};
    for (int i = 0; i < extra.length; i++) {
      organizations.add(Organization.builder().ref(OrganizationRef.of("extra-" + i))
          .addNames(Name.of(extra[i], "en", NameKind.DISPLAY)).addType(OrganizationType.OTHER)
          .build());
    }
    PrefixCompletion completion =
        new PrefixCompletion(new OrganizationTable(organizations), Lexicon.standard().stopwords);
    assertTrue(completion.entries() > 1_000, "entries: " + completion.entries());
    for (int e = 0; e + 1 < completion.entries(); e++) {
      String a = completion.suffix(e);
      String b = completion.suffix(e + 1);
      int c = a.compareTo(b);
      int at = e;
      assertTrue(c < 0 || c == 0 && completion.nameOf(e) <= completion.nameOf(e + 1),
          () -> "entry " + at + " '" + a + "' before '" + b + "'");
    }
  }

  private static List<String> describe(List<Completion> completions) {
    List<String> out = new ArrayList<>();
    for (Completion c : completions) {
      out.add(c.organization().key() + " / " + c.name().value());
    }
    return out;
  }
}
