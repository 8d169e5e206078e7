package io.github.collabkit.json;

import io.github.collabkit.index.Candidate;
import io.github.collabkit.index.Level;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.MatchResult;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import io.github.collabkit.testing.ReadmeRegions;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's lookup and matching example, compiled and run on the bundled dataset: the code
 * between the {@code lookup} markers and what it prints must be the README's.
 */
class ReadmeLookupTest {
  private static final String SELF = "src/test/java/io/github/collabkit/json/ReadmeLookupTest.java";

  static void lookup() {
    // lookup:start
    Landscape landscape = CollabkitJson.bundledLandscape();

    // Organizations by name, alias, acronym or identifier; free text resolved to one organization or none.
    OrganizationIndex index = OrganizationIndex.of(landscape);
    Resolution lumc = index.resolve("Leids Universitair Medisch Centrum");
    System.out.println(lumc.status() + ": " + lumc.organization().orElseThrow().key());

    // Every organization a text names, in text order.
    String affiliation = "Borstkankercentrum, Leiden University Medical Center, Leiden";
    for (Candidate named : index.resolveAll(affiliation)) {
      System.out.println("names: " + named.organization().key());
    }
    // What a unit named with its parent resolves to, at each level.
    for (Level level : Level.values()) {
      Resolution r = index.resolve(affiliation, level);
      System.out.println(level + ": " + r.status() + " " + r.organization().map(o -> o.key().toString()).orElse("-"));
    }

    // Infrastructures that fit a research need, for who is asking: the requester is required.
    InfrastructureMatcher matcher = InfrastructureMatcher.of(landscape);
    Requester company = Requester.of(Set.of(OrganizationType.COMPANY), Sector.PRIVATE_FOR_PROFIT);
    ResearchNeed trials = ResearchNeed.builder().requester(company)
        .capability("human-challenge-trials", Importance.REQUIRED)
        .place("Leiden", Importance.PREFERRED)
        .build();
    System.out.print(matcher.match(trials).explain("en"));

    // A requester can also be an organization of the landscape: its own infrastructures and agreements count.
    ResearchNeed computing = ResearchNeed.builder().requester(Requester.organization(OrganizationRef.of("lumc")))
        .capability("hpc", Importance.REQUIRED)
        .build();
    MatchResult forLumc = matcher.match(computing);
    System.out.println(forLumc);   // short: key, usability and score of each match
    // lookup:end
  }

  @Test
  void readmeShowsThisCode() {
    ReadmeRegions.assertReadmeShowsCode(SELF, "lookup");
  }

  @Test
  void readmeShowsThisOutput() {
    ReadmeRegions.assertReadmeShowsOutput("lookup", ReadmeLookupTest::lookup);
  }
}
