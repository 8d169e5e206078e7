package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.data.Folding;
import io.github.collabkit.benchmarks.data.IndexKey;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The floor for exact lookups: {@code HashMap.get} on the key, the canonical identifier, or the
 * name's {@link IndexKey} (the normalised key collabkit's index uses for exact names), and a {@code
 * TreeMap} range of those keys for prefixes. As a resolver it only finds text that is exactly a
 * name after folding.
 */
final class HashMapPeer implements OrganizationLookup, Resolver {
  private final Map<OrganizationRef, Organization> byKey = new HashMap<>();
  private final Map<Identifier, Organization> byIdentifier = new HashMap<>();
  private final Map<String, List<Organization>> byName = new HashMap<>();
  private final Map<String, List<Organization>> byFolded = new HashMap<>();
  private final NavigableMap<String, List<Organization>> sorted;

  HashMapPeer(Landscape landscape) {
    for (Organization o : landscape.organizations()) {
      byKey.putIfAbsent(o.ref(), o);
      for (Identifier id : o.identifiers()) {
        byIdentifier.putIfAbsent(id, o);
      }
      for (Name name : o.names()) {
        List<Organization> list = byName.computeIfAbsent(IndexKey.of(name.value()), k -> new ArrayList<>(1));
        if (!list.contains(o)) {
          list.add(o);
        }
        List<Organization> folded = byFolded.computeIfAbsent(Folding.fold(name.value()), k -> new ArrayList<>(1));
        if (!folded.contains(o)) {
          folded.add(o);
        }
      }
    }
    sorted = new TreeMap<>(byName);
  }

  @Override
  public Organization byKey(OrganizationRef key) {
    return byKey.get(key);
  }

  @Override
  public Organization byIdentifier(Identifier identifier) {
    return byIdentifier.get(identifier);
  }

  @Override
  public List<Organization> byName(String name) {
    return byName.getOrDefault(IndexKey.of(name), List.of());
  }

  @Override
  public List<Organization> complete(String prefix, int limit) {
    String p = IndexKey.of(prefix);
    List<Organization> result = new ArrayList<>(limit);
    for (List<Organization> organizations : sorted.subMap(p, true, p + Character.MAX_VALUE, false).values()) {
      for (Organization o : organizations) {
        if (result.size() == limit) {
          return result;
        }
        if (!result.contains(o)) {
          result.add(o);
        }
      }
    }
    return result;
  }

  @Override
  public OrganizationRef resolve(String text) {
    List<Organization> found = byFolded.get(Folding.fold(text));
    return found == null || found.size() != 1 ? null : found.get(0).ref();
  }
}
