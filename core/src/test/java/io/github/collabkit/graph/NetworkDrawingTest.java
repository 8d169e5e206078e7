package io.github.collabkit.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.testing.UmcLandscapeFixture;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network drawing: readable labels, every organization drawn, well-formed files. */
class NetworkDrawingTest {
  private static final NetworkDrawing PICTURE =
      NetworkDrawing.of(UmcLandscapeFixture.landscape(), "en");

  @Test
  void noTwoLabelsOverlap() {
    assertNoOverlap(PICTURE.labelBoxes());
  }

  @Test
  void overlapCheckSeesTouchingBoxes() {
    NetworkDrawing.Box a = new NetworkDrawing.Box("a", 0, 0, 50, 14, false);
    assertTrue(a.overlaps(new NetworkDrawing.Box("b", 40, 10, 50, 14, false)));
    assertFalse(a.overlaps(new NetworkDrawing.Box("c", 0, 15, 50, 14, false)));
  }

  @Test
  void manyPartiesStillGetSeparateLabels() {
    // A crowded ring of 60 organizations with one partnership each to a hub.
    Landscape.Builder b = Landscape.builder().name("crowded");
    b.addOrganization(org("hub", "Hub", OrganizationType.UMC));
    for (int i = 0; i < 60; i++) {
      b.addOrganization(org("o" + i, "Organization number " + i, OrganizationType.COMPANY));
      b.addPartnership(Partnership.builder().ref(PartnershipRef.of("p" + i)).title(LocalizedText.of("en", "P" + i))
          .kind(PartnershipKind.COLLABORATION_AGREEMENT)
          .addParty(Participation.of(OrganizationRef.of("hub"), PartyRole.PARTNER))
          .addParty(Participation.of(OrganizationRef.of("o" + i), PartyRole.PARTNER)).build());
    }
    assertNoOverlap(NetworkDrawing.of(b.build(), "en").labelBoxes());
  }

  @Test
  void everyPartyIsANodeWithALabelAndUnitsFoldIntoTheirParent() {
    assertEquals(PICTURE.nodes().size(), PICTURE.labelBoxes().size());
    List<String> keys = PICTURE.nodes().stream().map(n -> n.key().key()).toList();
    assertTrue(keys.containsAll(List.of("lumc", "leiden-university", "janssen", "inserm", "alrijne", "umcg")), keys.toString());
    assertFalse(keys.contains("lumc-parasitology"), "units are drawn as their parent");
  }

  @Test
  void svgDrawsOneCirclePerNodeAndOnePerTypeInTheLegend() {
    String svg = PICTURE.svg("test & <more>");
    int legendCircles = (int) PICTURE.nodes().stream().map(NetworkDrawing.Node::type).distinct().count();
    assertEquals(PICTURE.nodes().size() + legendCircles, svg.split("<circle ", -1).length - 1);
    assertTrue(svg.contains("test &amp; &lt;more&gt;"), "the title is escaped");
  }

  @Test
  void dotAndMermaidNameEveryNodeAndEdge() {
    String dot = PICTURE.dot();
    String mermaid = PICTURE.mermaid();
    for (NetworkDrawing.Node n : PICTURE.nodes()) {
      assertTrue(dot.contains("\"" + n.key().key() + "\" [label="), n.key().key());
      assertTrue(mermaid.contains(n.key().key().replace('-', '_') + "[\""), n.key().key());
    }
    assertEquals(PICTURE.edges().size(), dot.lines().filter(l -> l.contains(" -- ")).count());
    assertEquals(PICTURE.edges().size(), mermaid.lines().filter(l -> l.contains(" --- ")).count());
  }

  private static void assertNoOverlap(List<NetworkDrawing.Box> boxes) {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (boxes.get(i).overlaps(boxes.get(j))) {
          overlaps.add(boxes.get(i).label() + " / " + boxes.get(j).label());
        }
      }
    }
    assertEquals(List.of(), overlaps);
  }

  private static Organization org(String key, String name, OrganizationType type) {
    return Organization.builder().ref(OrganizationRef.of(key)).addName(Name.of(name, "en", io.github.collabkit.model.NameKind.DISPLAY))
        .addType(type).build();
  }
}
