package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.data.Folding;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Fuzzy name matching by brute force with Apache Commons Text: the folded text is compared with
 * every folded name (acronyms excepted) by Jaro-Winkler similarity, and the best name's organization
 * is the answer when the similarity reaches {@value #THRESHOLD}.
 */
final class CommonsTextPeer implements Resolver {
  /** The least Jaro-Winkler similarity accepted as a match. */
  static final double THRESHOLD = 0.93;

  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
  private final String[] names;
  private final Organization[] owners;

  CommonsTextPeer(Landscape landscape) {
    List<String> n = new ArrayList<>();
    List<Organization> o = new ArrayList<>();
    for (Organization organization : landscape.organizations()) {
      for (Name name : organization.names()) {
        if (name.kind() != NameKind.ACRONYM) {
          n.add(Folding.fold(name.value()));
          o.add(organization);
        }
      }
    }
    names = n.toArray(String[]::new);
    owners = o.toArray(Organization[]::new);
  }

  @Override
  public OrganizationRef resolve(String text) {
    String folded = Folding.fold(text);
    double best = 0;
    Organization answer = null;
    for (int i = 0; i < names.length; i++) {
      double s = similarity.apply(folded, names[i]);
      if (s > best) {
        best = s;
        answer = owners[i];
      }
    }
    return best >= THRESHOLD && answer != null ? answer.ref() : null;
  }
}
