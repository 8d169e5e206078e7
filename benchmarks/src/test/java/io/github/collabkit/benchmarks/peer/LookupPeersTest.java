package io.github.collabkit.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.benchmarks.data.IndexKey;
import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.data.Queries;
import io.github.collabkit.benchmarks.data.QuerySet;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lookup peers give the answers collabkit's index gives, so their speed is compared on equal work. */
class LookupPeersTest {
  private static final Landscape LANDSCAPE = Landscapes.get("1000");
  private static final OrganizationLookup COLLABKIT = Peer.COLLABKIT.create(OrganizationLookup.class, LANDSCAPE);

  @Test
  void indexKeyFoldsAsTheIndexDoes() {
    assertEquals("radboudumc", IndexKey.of("Radboud UMC"));
    assertEquals("universitatsklinikummunster", IndexKey.of("Universitätsklinikum  Münster"));
    assertEquals("grossestrasse", IndexKey.of("Große-Straße"));
    assertEquals("lhopital", IndexKey.of("L'Hôpital"));
  }

  @ParameterizedTest
  @EnumSource(value = Peer.class, names = {"HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  void nameLookupFindsWhatTheIndexFinds(Peer peer) {
    OrganizationLookup lookup = peer.create(OrganizationLookup.class, LANDSCAPE);
    QuerySet names = Queries.names(LANDSCAPE, 256);
    for (int i = 0; i < names.size(); i++) {
      String name = names.texts()[i];
      List<Organization> theirs = lookup.byName(name);
      List<Organization> ours = COLLABKIT.byName(name);
      assertTrue(ours.containsAll(theirs), peer + " finds more than collabkit for '" + name + "'");
      OrganizationRef expected = names.expected()[i];
      assertTrue(theirs.stream().anyMatch(o -> o.ref().equals(expected)),
          peer + " misses " + expected + " for '" + name + "'");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Peer.class, names = {"COLLABKIT", "HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  void keyAndIdentifierLookupsFindTheExpectedOrganization(Peer peer) {
    OrganizationLookup lookup = peer.create(OrganizationLookup.class, LANDSCAPE);
    QuerySet keys = Queries.keys(LANDSCAPE, 256);
    QuerySet ids = Queries.identifiers(LANDSCAPE, 256);
    for (int i = 0; i < 256; i++) {
      Organization byKey = lookup.byKey(OrganizationRef.of(keys.texts()[i]));
      Organization byId = lookup.byIdentifier(Queries.identifier(ids.texts()[i]));
      if (keys.expected()[i] == null) {
        assertNull(byKey, keys.texts()[i]);
      } else {
        assertEquals(keys.expected()[i], byKey.ref());
      }
      if (ids.expected()[i] == null) {
        assertNull(byId, ids.texts()[i]);
      } else {
        assertEquals(ids.expected()[i], byId.ref(), ids.texts()[i]);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Peer.class, names = {"COLLABKIT", "HASH_MAP", "LUCENE", "LINEAR_SCAN"})
  void prefixCompletionSuggestsAtMostTheLimit(Peer peer) {
    OrganizationLookup lookup = peer.create(OrganizationLookup.class, LANDSCAPE);
    Organization first = LANDSCAPE.organizations().get(0);
    Name name = first.names().get(0);
    List<?> suggestions = lookup.complete(name.value().substring(0, 3), 10);
    assertTrue(!suggestions.isEmpty() && suggestions.size() <= 10, peer + ": " + suggestions.size());
  }
}
