package io.github.collabkit.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.internal.Folding;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.testing.LandscapeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sparse table of {@link PrefixCompletion} answers exactly what a scan of the whole range
 * answers: the same organizations, names and order, for prefixes that thousands of names share and
 * for prefixes that are a whole name.
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

  private static List<String> describe(List<Completion> completions) {
    List<String> out = new ArrayList<>();
    for (Completion c : completions) {
      out.add(c.organization().key() + " / " + c.name().value());
    }
    return out;
  }
}
