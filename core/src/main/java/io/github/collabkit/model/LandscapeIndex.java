package io.github.collabkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The key maps of a {@link Landscape}, built once on first lookup; the first entity of a key wins. */
final class LandscapeIndex {
  final Map<OrganizationRef, Organization> organizations;
  final Map<PersonRef, Person> people;
  final Map<PartnershipRef, Partnership> partnerships;
  final Map<InfrastructureRef, Infrastructure> infrastructures;
  final Map<StrategyRef, Strategy> strategies;
  final Map<ActionLineRef, ActionLine> actionLines;
  final Map<SourceRef, Source> sources;
  final Map<String, Concept> concepts;
  final Map<EventRef, Event> events;
  final Map<EventRef, List<Partnership>> partnershipsByEvent;
  final Map<OrganizationRef, List<Partnership>> partnershipsByOrganization;
  final Map<OrganizationRef, List<Infrastructure>> infrastructuresByOrganization;
  final Map<OrganizationRef, List<Organization>> units;

  LandscapeIndex(Landscape landscape) {
    organizations = byKey(landscape.organizations(), Organization::ref);
    people = byKey(landscape.people(), Person::ref);
    partnerships = byKey(landscape.partnerships(), Partnership::ref);
    infrastructures = byKey(landscape.infrastructures(), Infrastructure::ref);
    strategies = byKey(landscape.strategies(), Strategy::ref);
    List<ActionLine> lines = new ArrayList<>();
    landscape.strategies().forEach(s -> lines.addAll(s.actionLines()));
    actionLines = byKey(lines, ActionLine::ref);
    sources = byKey(landscape.sources(), Source::ref);
    concepts = byKey(landscape.concepts(), c -> c.scheme() + "\u0000" + c.code());
    events = byKey(landscape.events(), Event::ref);
    Map<EventRef, List<Partnership>> byEvent = new HashMap<>();
    for (Partnership p : landscape.partnerships()) {
      p.signedAt().ifPresent(e -> byEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(p));
    }
    partnershipsByEvent = freeze(byEvent);

    Map<OrganizationRef, List<Partnership>> byOrg = new HashMap<>();
    for (Partnership p : landscape.partnerships()) {
      for (OrganizationRef org : p.organizations()) {
        byOrg.computeIfAbsent(org, k -> new ArrayList<>()).add(p);
      }
    }
    partnershipsByOrganization = freeze(byOrg);
    Map<OrganizationRef, List<Infrastructure>> infraByOrg = new HashMap<>();
    for (Infrastructure i : landscape.infrastructures()) {
      i.organizations().stream().filter(InfrastructureParticipation::isJoined)
          .map(InfrastructureParticipation::organization).distinct()
          .forEach(org -> infraByOrg.computeIfAbsent(org, k -> new ArrayList<>()).add(i));
    }
    infrastructuresByOrganization = freeze(infraByOrg);
    Map<OrganizationRef, List<Organization>> unitsByParent = new HashMap<>();
    for (Organization o : landscape.organizations()) {
      o.parent().ifPresent(p -> unitsByParent.computeIfAbsent(p, k -> new ArrayList<>()).add(o));
    }
    units = freeze(unitsByParent);
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    Map<K, V> map = new HashMap<>(values.size() * 2);
    for (V value : values) {
      map.putIfAbsent(key.apply(value), value);
    }
    return Collections.unmodifiableMap(map);
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }
}
