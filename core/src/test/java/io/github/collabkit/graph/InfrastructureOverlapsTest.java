package io.github.collabkit.graph;

import static io.github.collabkit.testing.UmcLandscapeFixture.landscape;
import static io.github.collabkit.testing.UmcLandscapeFixture.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.OrganizationRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfrastructureOverlapsTest {

  @Test
  void findsOverlappingInfrastructuresAsBundlingCandidates() {
    List<Overlap> overlaps = InfrastructureOverlaps.find(landscape());
    assertEquals(List.of("lumc-datacenter~ul-datacenter", "cmi-nen~lumc-inserm-lab", "lumc-hpc~ul-hpc"),
        overlaps.stream().map(o -> o.first().key() + "~" + o.second().key()).toList());
    Overlap hpc = overlaps.get(2);
    assertEquals(Set.of(InfrastructureKind.COMPUTE), hpc.kinds());
    assertEquals(List.of("hpc"), hpc.capabilities());
    assertEquals(0.5, hpc.similarity());
    assertEquals(List.of(org("lumc")), hpc.firstAt());
    assertEquals(List.of(org("leiden-university")), hpc.secondAt());
    assertEquals(List.of(org("inserm"), org("lumc")), overlaps.get(1).secondAt(), "departments roll up");
  }

  @Test
  void doesNotCallOverlapWhatOneOrganizationRunsOrWhatIsPartOfTheOther() {
    Landscape l = Landscape.builder().name("no overlap")
        .addInfrastructures(infra("a1", "a", null), infra("a2", "a", null), infra("b1", "b", "a1"))
        .build();
    // a1~a2: both run by a; a1~b1: b1 is part of a1; only a2~b1 remains
    assertEquals(List.of("a2~b1"), InfrastructureOverlaps.find(l).stream()
        .map(o -> o.first().key() + "~" + o.second().key()).toList());
  }

  @Test
  void doesNotCallOverlapDifferentKindsOrNoSharedCapability() {
    Infrastructure compute = infra("x", "a", null);
    Infrastructure lab = compute.withRef(InfrastructureRef.of("y")).withKinds(InfrastructureKind.LABORATORY)
        .withOrganizations(InfrastructureParticipation.of(OrganizationRef.of("b"), InfrastructureRole.OWNER));
    Infrastructure otherCapability = compute.withRef(InfrastructureRef.of("z")).withCapabilities("gpu")
        .withOrganizations(InfrastructureParticipation.of(OrganizationRef.of("c"), InfrastructureRole.OWNER));
    Landscape l = Landscape.builder().name("x").addInfrastructures(compute, lab, otherCapability).build();
    assertEquals(List.of(), InfrastructureOverlaps.find(l));
  }

  @Test
  void pairsNoneOfTwentyThousandCopiesOfAnInfrastructureRunByTheSameOrganization() {
    Landscape.Builder b = Landscape.builder().name("copies");
    for (int i = 0; i < 20_000; i++) {
      b.addInfrastructures(infra("copy-" + i, "lumc", i == 0 ? null : "copy-" + (i - 1)));
    }
    b.addInfrastructures(infra("elsewhere", "umcg", null));
    List<Overlap> overlaps = InfrastructureOverlaps.find(b.build());
    assertEquals(20_000, overlaps.size(), "each copy overlaps the one run elsewhere, and only that");
    assertTrue(overlaps.stream().allMatch(o -> o.first().key().equals("elsewhere") || o.second().key().equals("elsewhere")));
  }  @Test
  void countsUnitsAsThemselvesWhenNotRolledUp() {
    List<Overlap> overlaps = InfrastructureOverlaps.find(landscape(), NetworkOptions.defaults().withRollUpUnits(false));
    Overlap inserm = overlaps.stream().filter(o -> o.first().key().equals("cmi-nen")).findFirst().orElseThrow();
    assertTrue(inserm.secondAt().stream().noneMatch(org("lumc")::equals), "the LUMC unit is itself: " + inserm.secondAt());
  }

  @Test
  void findsTheSameOverlapsOnEveryCall() {
    assertEquals(InfrastructureOverlaps.find(landscape()), InfrastructureOverlaps.find(landscape()));
  }

  private static Infrastructure infra(String key, String owner, String partOf) {
    Infrastructure.Builder b = Infrastructure.builder().ref(InfrastructureRef.of(key))
        .addName(Name.of(key, "en", NameKind.DISPLAY)).addKind(InfrastructureKind.COMPUTE)
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of(owner), InfrastructureRole.OWNER))
        .addCapability("hpc");
    if (partOf != null) {
      b.partOf(InfrastructureRef.of(partOf));
    }
    return b.build();
  }
}
