package io.github.collabkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Sector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OrganizationHierarchy} against the straightforward walk of each chain it replaced, on
 * seeded random landscapes with cycles, parents outside the landscape and repeated keys, and on
 * chains too deep for that walk.
 */
class OrganizationHierarchyTest {
  private static final OrganizationType[] TYPES = OrganizationType.values();
  private static final Sector[] SECTORS = Sector.values();

  private static OrganizationRef ref(int i) {
    return OrganizationRef.of("o" + i);
  }

  private static Organization organization(OrganizationRef key, OrganizationType type, Optional<OrganizationRef> parent,
      Optional<Sector> sector, Optional<Location> location) {
    return Organization.builder().ref(key).addName(Name.of(key.key(), "en", NameKind.DISPLAY)).addType(type)
        .parent(parent).sector(sector).location(location).build();
  }

  private static Landscape randomLandscape(SplittableRandom random) {
    int n = 1 + random.nextInt(25);
    List<Organization> organizations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int key = random.nextInt(8) == 0 ? random.nextInt(n) : i; // some keys used twice
      int parent = random.nextInt(n + 3); // some parents outside the landscape
      Optional<OrganizationRef> p = random.nextInt(4) == 0 || parent == key ? Optional.empty() : Optional.of(ref(parent));
      Optional<Sector> sector = random.nextInt(3) == 0 ? Optional.of(SECTORS[random.nextInt(SECTORS.length)]) : Optional.empty();
      Optional<Location> location = random.nextInt(3) == 0
          ? Optional.of(Location.builder().countryCode(random.nextBoolean() ? "NL" : "BE").build()) : Optional.empty();
      organizations.add(organization(ref(key), TYPES[random.nextInt(TYPES.length)], p, sector, location));
    }
    return Landscape.builder().name("random").organizations(organizations).build();
  }

  /** The chain as the hierarchy used to store it: parents followed until one repeats or is missing. */
  private static List<Organization> walk(Landscape landscape, OrganizationRef start) {
    List<Organization> chain = new ArrayList<>();
    Set<OrganizationRef> seen = new HashSet<>();
    Organization at = landscape.organization(start).orElse(null);
    while (at != null && seen.add(at.ref())) {
      chain.add(at);
      at = at.parent().flatMap(landscape::organization).orElse(null);
    }
    return chain;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithAWalkOfEveryChain(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 100; round++) {
      Landscape landscape = randomLandscape(random);
      OrganizationHierarchy hierarchy = OrganizationHierarchy.of(landscape);
      int n = landscape.organizations().size();
      for (int i = 0; i < n + 3; i++) {
        OrganizationRef key = ref(i);
        String at = "seed " + seed + ", round " + round + ", " + key.key() + " in " + landscape.organizations();
        List<Organization> chain = walk(landscape, key);
        assertEquals(chain, hierarchy.chain(key), at);
        assertEquals(chain.isEmpty() ? key : chain.get(chain.size() - 1).ref(), hierarchy.top(key), at);
        EnumSet<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
        chain.forEach(o -> types.addAll(o.types()));
        types.remove(OrganizationType.DEPARTMENT);
        assertEquals(types, hierarchy.effectiveTypes(key), at);
        assertEquals(chain.stream().flatMap(o -> o.sector().stream()).findFirst(), hierarchy.effectiveSector(key), at);
        assertEquals(chain.stream().flatMap(o -> o.location().stream()).findFirst(), hierarchy.effectiveLocation(key), at);
        boolean onCycle = !chain.isEmpty() && chain.get(chain.size() - 1).parent().flatMap(landscape::organization)
            .map(Organization::ref).filter(key::equals).isPresent();
        assertEquals(onCycle, hierarchy.inCycle(key), at);
        for (int j = 0; j < n + 3; j++) {
          OrganizationRef other = ref(j);
          boolean within = key.equals(other) || chain.stream().anyMatch(o -> o.ref().equals(other))
              || (!chain.isEmpty() && landscape.organization(other).isEmpty()
                  && chain.get(chain.size() - 1).parent().filter(other::equals).isPresent());
          assertEquals(within, hierarchy.isWithin(key, other), at + ": within " + other.key());
        }
      }
    }
  }

  @Test
  void resolvesAChainOfAHundredThousandUnits() {
    int n = 100_000;
    List<Organization> organizations = new ArrayList<>(n);
    for (int i = 0; i < n - 1; i++) {
      organizations.add(organization(ref(i), OrganizationType.DEPARTMENT, Optional.of(ref(i + 1)),
          Optional.empty(), Optional.empty()));
    }
    organizations.add(organization(ref(n - 1), OrganizationType.UMC, Optional.empty(),
        Optional.of(Sector.PUBLIC), Optional.of(Location.builder().countryCode("NL").city("Leiden").build())));
    OrganizationHierarchy hierarchy = OrganizationHierarchy.of(Landscape.builder().name("chain").organizations(organizations).build());
    assertEquals(ref(n - 1), hierarchy.top(ref(0)));
    assertEquals(Set.of(OrganizationType.UMC), hierarchy.effectiveTypes(ref(0)));
    assertEquals(Optional.of(Sector.PUBLIC), hierarchy.effectiveSector(ref(0)));
    assertEquals(Optional.of("Leiden"), hierarchy.effectiveLocation(ref(0)).flatMap(Location::city));
    assertTrue(hierarchy.isWithin(ref(0), ref(n - 1)));
    assertFalse(hierarchy.isWithin(ref(n - 1), ref(0)));
    assertFalse(hierarchy.inCycle(ref(0)));
    assertEquals(n, hierarchy.chain(ref(0)).size());
  }
}
