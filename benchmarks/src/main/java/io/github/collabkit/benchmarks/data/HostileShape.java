package io.github.collabkit.benchmarks.data;

import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hostile shapes of issue #11, each added to the generated landscape of 10,000 organizations
 * (seed {@value Landscapes#SEED}): what made the builders quadratic, recursive or out of memory
 * before they were made linear. Each landscape is built once per JVM.
 */
public enum HostileShape {
  /** One partnership whose parties are 5,000 of the organizations (12.5 million pairs). */
  PARTIES_5000,
  /** 12,000 partnerships, each continuing the one before. */
  LINK_CHAIN_12000,
  /** 20,000 units, each the parent of the next, under one organization. */
  PARENT_CHAIN_20000,
  /** 100,000 units, each the parent of the next, under one organization. */
  PARENT_CHAIN_100000,
  /** 20,000 infrastructures, each part of the one before. */
  PART_OF_CHAIN_20000;

  private static final Map<HostileShape, Landscape> CACHE = new ConcurrentHashMap<>();

  /**
   * Returns the landscape of this shape.
   *
   * @return the generated landscape with the shape added
   */
  public Landscape landscape() {
    return CACHE.computeIfAbsent(this, HostileShape::create);
  }

  private Landscape create() {
    Landscape base = Landscapes.get("10000");
    switch (this) {
      case PARTIES_5000: {
        List<Participation> parties = new ArrayList<>();
        for (Organization o : base.organizations().subList(0, 5_000)) {
          parties.add(Participation.of(o.ref(), PartyRole.PARTNER));
        }
        Partnership big = base.partnerships().get(0).withRef(PartnershipRef.of("hostile-parties"))
            .withParties(parties).withSignatories(List.of()).withLinks(List.of());
        return base.withPartnerships(plus(base.partnerships(), List.of(big)));
      }
      case LINK_CHAIN_12000: {
        Partnership first = base.partnerships().get(0).withLinks(List.of());
        List<Partnership> chain = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
          Partnership p = first.withRef(PartnershipRef.of("hostile-link-" + i));
          chain.add(i == 0 ? p : p.withLinks(PartnershipLink.of(PartnershipRelationKind.CONTINUES,
              PartnershipRef.of("hostile-link-" + (i - 1)))));
        }
        return base.withPartnerships(plus(base.partnerships(), chain));
      }
      case PARENT_CHAIN_20000:
      case PARENT_CHAIN_100000: {
        int n = this == PARENT_CHAIN_20000 ? 20_000 : 100_000;
        Organization top = base.organizations().get(0);
        List<Organization> chain = new ArrayList<>(n);
        OrganizationRef parent = top.ref();
        for (int i = 0; i < n; i++) {
          Organization unit = top.withRef(OrganizationRef.of("hostile-unit-" + i)).withParent(parent)
              .withIdentifiers(List.of()).withRelations(List.of());
          chain.add(unit);
          parent = unit.ref();
        }
        return base.withOrganizations(plus(base.organizations(), chain));
      }
      default: {
        Infrastructure first = base.infrastructures().get(0);
        List<Infrastructure> chain = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
          Infrastructure infra = first.withRef(InfrastructureRef.of("hostile-part-" + i));
          chain.add(i == 0 ? infra.withPartOf(java.util.Optional.empty())
              : infra.withPartOf(InfrastructureRef.of("hostile-part-" + (i - 1))));
        }
        return base.withInfrastructures(plus(base.infrastructures(), chain));
      }
    }
  }

  private static <T> List<T> plus(List<T> list, List<T> more) {
    List<T> all = new ArrayList<>(list.size() + more.size());
    all.addAll(list);
    all.addAll(more);
    return all;
  }
}
