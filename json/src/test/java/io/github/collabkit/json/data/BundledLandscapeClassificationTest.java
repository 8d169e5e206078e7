package io.github.collabkit.json.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.match.ActionLineClassifier;
import io.github.collabkit.match.Classification;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.StrategyRef;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The action lines of the umc strategy 2025-2030 that every partnership of the bundled dataset
 * falls under, as {@link ActionLineClassifier} derives them from the lines' own rules, with why.
 *
 * <p>Abbreviations in the table: SC smart concentration, IU inter-university collaboration, RE
 * regional collaboration, PPP public-private partnerships. Partners are the parties working with
 * one of the seven umc's; partner types, sectors and infrastructure kinds decide, partnership kinds
 * and keywords only add reasons (see {@code ActionLine}).
 */
class BundledLandscapeClassificationTest {
  private static final StrategyRef UMC_STRATEGY = StrategyRef.of("umc-strategy-2025-2030");

  private static Landscape landscape;
  private static ActionLineClassifier classifier;

  @BeforeAll
  static void load() {
    landscape = CollabkitJson.bundledLandscape();
    classifier = ActionLineClassifier.of(landscape, UMC_STRATEGY);
  }

  private static List<String> abbreviated(Classification c) {
    return c.lines().stream().map(BundledLandscapeClassificationTest::abbreviation).collect(Collectors.toList());
  }

  private static String abbreviation(ActionLineRef line) {
    switch (line.key()) {
      case "smart-concentration":
        return "SC";
      case "regional-collaboration":
        return "RE";
      case "interuniversity-collaboration":
        return "IU";
      case "public-private-partnerships":
        return "PPP";
      default:
        return line.key();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      lumc-ul-2018                  | SC IU  | Leiden University is a university (IU); the agreement concerns the joint research supercomputer, a compute infrastructure (SC)
      lumc-ul-2021                  | SC IU  | Leiden University (IU); shared HPC systems, research data storage and data centres are compute, data-platform and data-center infrastructures (SC)
      lumc-ul-janssen-existing      | IU PPP | Leiden University (IU) and Janssen, a for-profit company (PPP); no facility is named, so not SC
      janssen-covid-vaccine-phase2  | PPP    | Janssen is a company (PPP); the Parasitology department is LUMC itself; CHDR is recorded as a research institute without sector, so it adds nothing
      lumc-ul-janssen-alliance      | IU PPP | Leiden University (IU) and Janssen (PPP); sharing research facilities is said, but no infrastructure is recorded, and words alone do not decide SC
      lumc-philips-ai               | PPP    | Philips is a company (PPP); 'collaboration agreement' supports SC and IU but decides neither
      dutch-umc-network             | SC     | a consortium of the seven umc's: each is the others' partner and SC names umc partners; stated national reach fits SC's scope
      goud                          | RE     | Abrona, Amarant and Ipse de Bruggen are care organizations and GOUD is an academic workplace (RE); reach not stated, all in the Netherlands
      lumc-inserm-existing          | -      | Inserm is a research institute: no line names it
      lumc-inserm-ijl-2025          | -      | the joint lab is an imaging facility (an SC kind), but its stated reach is international and SC is limited to national reach
      regmedxb-inserm-mou-2025      | -      | no umc takes part, so both are partners, but a consortium and a research institute match no line
      lumc-alrijne-breast-cancer    | RE     | Alrijne is a hospital, a second-line care partner; the breast cancer centre is LUMC itself; stated regional reach fits
      umcg-rug-ut-research          | IU     | the universities of Groningen and Twente (IU)
      sprint                        | IU     | the universities of Groningen and Twente (IU)
      umcg-rug-ut-technology-health | IU     | the universities of Groningen and Twente (IU); CMI-NEN is an imaging facility (an SC kind) but the recorded reach (inferred from the north-east of the Netherlands) is regional and SC is limited to national reach
      """)
  void classifiesBundledPartnership(String key, String lines, String why) {
    Partnership p = landscape.partnership(PartnershipRef.of(key))
        .orElseThrow(() -> new AssertionError("the bundled dataset has no partnership '" + key + "'"));
    Classification c = classifier.classify(p);
    List<String> expected = lines == null ? List.of() : Arrays.asList(lines.split(" "));
    assertEquals(expected, abbreviated(c), () -> why + "\n" + c.explain("en"));
  }

  @Test
  void tableCoversEveryBundledPartnership() {
    Set<String> inTable = new TreeSet<>(List.of("lumc-ul-2018", "lumc-ul-2021", "lumc-ul-janssen-existing",
        "janssen-covid-vaccine-phase2", "lumc-ul-janssen-alliance", "lumc-philips-ai", "dutch-umc-network", "goud",
        "lumc-inserm-existing", "lumc-inserm-ijl-2025", "regmedxb-inserm-mou-2025",
        "lumc-alrijne-breast-cancer", "umcg-rug-ut-research", "sprint", "umcg-rug-ut-technology-health"));
    Set<String> inData = landscape.partnerships().stream().map(p -> p.key())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(inData, inTable, "add each new bundled partnership to the table above, with why");
  }

  @Test
  void reportsWhyReachExcludesSmartConcentration() {
    Classification lab = classifier.classify(landscape.partnership(PartnershipRef.of("lumc-inserm-ijl-2025")).orElseThrow());
    assertEquals("lumc-inserm-ijl-2025 -/> Slimme concentratie: reikwijdte Internationaal (vermeld) valt buiten de "
        + "reikwijdte van de lijn: Nationaal\nlumc-inserm-ijl-2025 -> (geen)\n", lab.explain("nl"));
  }

  @Test
  void printsTheWholeClassification() {
    String report = classifier.classifyPartnerships().stream().map(c -> c.explain("en")).collect(Collectors.joining());
    assertEquals(landscape.partnerships().size(),
        report.lines().map(l -> l.split(" ", 2)[0]).distinct().count(), report);
  }
}
