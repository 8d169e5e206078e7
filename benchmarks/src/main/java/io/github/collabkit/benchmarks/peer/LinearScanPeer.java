package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.data.Folding;
import io.github.collabkit.benchmarks.data.IndexKey;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: a loop over every organization, or over its names (keyed by {@link IndexKey} for
 * exact names and prefixes; folded and padded with a space on either side for resolution, once,
 * when built). As a resolver it picks the organization with the longest name that occurs as whole
 * words in the folded text, when only one organization has that name.
 */
final class LinearScanPeer implements OrganizationLookup, Resolver {
  private final List<Organization> organizations;
  private final String[] keys;
  private final String[] names;
  private final Organization[] owners;

  LinearScanPeer(Landscape landscape) {
    organizations = landscape.organizations();
    List<String> k = new ArrayList<>();
    List<String> n = new ArrayList<>();
    List<Organization> o = new ArrayList<>();
    for (Organization organization : organizations) {
      for (Name name : organization.names()) {
        k.add(IndexKey.of(name.value()));
        n.add(" " + Folding.fold(name.value()) + " ");
        o.add(organization);
      }
    }
    keys = k.toArray(String[]::new);
    names = n.toArray(String[]::new);
    owners = o.toArray(Organization[]::new);
  }

  @Override
  public Organization byKey(OrganizationRef key) {
    for (Organization o : organizations) {
      if (o.ref().equals(key)) {
        return o;
      }
    }
    return null;
  }

  @Override
  public Organization byIdentifier(Identifier identifier) {
    for (Organization o : organizations) {
      if (o.identifiers().contains(identifier)) {
        return o;
      }
    }
    return null;
  }

  @Override
  public List<Organization> byName(String name) {
    String key = IndexKey.of(name);
    List<Organization> result = new ArrayList<>(2);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key) && !result.contains(owners[i])) {
        result.add(owners[i]);
      }
    }
    return result;
  }

  @Override
  public List<Organization> complete(String prefix, int limit) {
    String key = IndexKey.of(prefix);
    List<Organization> result = new ArrayList<>(limit);
    for (int i = 0; i < keys.length && result.size() < limit; i++) {
      if (keys[i].startsWith(key) && !result.contains(owners[i])) {
        result.add(owners[i]);
      }
    }
    return result;
  }

  @Override
  public OrganizationRef resolve(String text) {
    String folded = " " + Folding.fold(text) + " ";
    Organization best = null;
    int bestLength = 0;
    boolean tie = false;
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.length() >= bestLength && name.length() > 5 && folded.contains(name)) {
        if (name.length() == bestLength && best != owners[i]) {
          tie = true;
        } else if (name.length() > bestLength) {
          tie = false;
          best = owners[i];
          bestLength = name.length();
        }
      }
    }
    return best == null || tie ? null : best.ref();
  }
}
