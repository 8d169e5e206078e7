package io.github.collabkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.MatchResult;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.model.OrganizationRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MatchCommandTest {

  @Test
  void ranksInfrastructuresAsTheMatcherDoes() {
    MatchResult expected = InfrastructureMatcher.of(CollabkitJson.bundledLandscape()).match(ResearchNeed.builder()
        .capability("imaging", Importance.REQUIRED)
        .requester(Requester.organization(OrganizationRef.of("university-of-twente"))).build());
    Run run = Run.of("match", "--capability", "imaging", "--as", "university-of-twente", "--format", "json");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    JsonNode matches = new JsonMapper().readTree(run.out()).get("matches");
    assertEquals(expected.matches().size(), matches.size());
    assertTrue(matches.size() > 0);
    for (int i = 0; i < matches.size(); i++) {
      assertEquals(expected.matches().get(i).infrastructure().key(), matches.get(i).get("key").asString());
    }
  }

  @Test
  void preferredValuesRankAndTheTextListingNamesTheKeys() {
    Run run = Run.of("match", "--theme", "research-computing", "--theme", "research-data-management",
        "--capability", "hpc:preferred", "--place", "Leiden", "--as", "lumc-parasitology");
    assertEquals(Collabkit.OK, run.code(), run::toString);
    assertTrue(run.out().startsWith(" 1. "), run.out());
  }

  @Test
  void anUnknownCodeOrAskerIsUnusable() {
    Run kind = Run.of("match", "--kind", "castle");
    assertEquals(Collabkit.UNUSABLE, kind.code());
    assertTrue(kind.err().startsWith("collabkit match: --kind 'castle': "), kind.err());
    Run as = Run.of("match", "--capability", "imaging", "--as", "nobody");
    assertEquals("collabkit match: --as 'nobody': no such organization in the dataset\n", as.err());
  }
}
