package io.github.collabkit.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The prepared queries are what the benchmarks and the quality report say they are. */
class QueriesTest {

  @Test
  void parsesQuotedFieldsWithCommasAndDoubledQuotes() {
    List<List<String>> rows = Queries.parseCsv("\uFEFFaffiliation,ror_id\n"
        + "\"Dept. X, \"\"Y\"\" University\",https://ror.org/05xvt9f17\r\nPlain,NP\n");
    assertEquals(List.of("affiliation", "ror_id"), rows.get(0));
    assertEquals(List.of("Dept. X, \"Y\" University", "https://ror.org/05xvt9f17"), rows.get(1));
    assertEquals(List.of("Plain", "NP"), rows.get(2));
  }

  @Test
  void identifierQueriesRoundTripAndMissOneInEight() {
    Landscape landscape = Landscapes.get("1000");
    QuerySet ids = Queries.identifiers(landscape, 1024);
    int absent = 0;
    for (int i = 0; i < ids.size(); i++) {
      String text = ids.texts()[i];
      var id = Queries.identifier(text);
      assertEquals(text, id.scheme().code() + ':' + id.value());
      absent += ids.expected()[i] == null ? 1 : 0;
    }
    assertTrue(absent > 64 && absent < 200, "absent: " + absent);
  }

  @Test
  void rejectsALandscapeNameThatIsNeitherANumberNorRor() {
    assertThrows(IllegalArgumentException.class, () -> Landscapes.get("tiny"));
  }

  @Test
  void affiliationQueriesExpectOnlyOrganizationsOfTheRegistry() {
    Assumptions.assumeTrue(Landscapes.hasRegistry(), "no ROR registry under " + Landscapes.rorDirectory());
    Landscape registry = Landscapes.get("ror:2048");
    Set<OrganizationRef> keys = new HashSet<>();
    for (Organization o : registry.organizations()) {
      keys.add(o.ref());
    }
    QuerySet set = Queries.affiliations(registry);
    int none = 0;
    for (OrganizationRef expected : set.expected()) {
      if (expected == null) {
        none++;
      } else {
        assertTrue(keys.contains(expected), expected + " is not in the registry");
      }
    }
    assertTrue(none > 0 && none < set.size(), "NP rows: " + none + " of " + set.size());
  }
}
