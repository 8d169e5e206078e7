package io.github.collabkit.examples;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import java.util.Optional;
import java.util.function.Predicate;

/** Short names for organizations in one-line listings and picture labels: "LUMC", "Radboudumc", "Inserm". */
final class ShortNames {
  private static final int MAX = 20;

  private ShortNames() {}

  /**
   * Returns a short name: a display name or label of at most 20 characters, first in the language
   * (or without one), then in any language; else the first acronym; else a short alias; else the
   * display name in the language.
   */
  static String of(Organization o, String language) {
    Predicate<Name> official = n -> n.kind() == NameKind.DISPLAY || n.kind() == NameKind.LABEL;
    Predicate<Name> inLanguage = n -> n.language().map(language::equals).orElse(true);
    return first(o, official.and(inLanguage))
        .or(() -> first(o, official))
        .or(() -> o.names().stream().filter(n -> n.kind() == NameKind.ACRONYM).map(Name::value).findFirst())
        .or(() -> first(o, n -> n.kind() == NameKind.ALIAS))
        .orElse(o.displayName(language));
  }

  static String of(Landscape landscape, OrganizationRef ref, String language) {
    return landscape.organization(ref).map(o -> of(o, language)).orElse(ref.key());
  }

  private static Optional<String> first(Organization o, Predicate<Name> which) {
    return o.names().stream().filter(which).map(Name::value).filter(v -> v.length() <= MAX).findFirst();
  }
}
