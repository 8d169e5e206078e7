package io.github.collabkit.model;

import java.util.List;

/** Choosing the name to show from a list of names. */
final class Names {
  private Names() {}

  /**
   * Returns the first display name or label in the reader's primary language (as {@link
   * Language#primary(String)} reads both tags, so {@code NL} finds {@code nl}), else the first
   * display name, else the first name.
   */
  static String display(List<Name> names, String language) {
    String wanted = Language.primary(language);
    Name fallback = null;
    for (Name name : names) {
      if (name.kind() == NameKind.DISPLAY || name.kind() == NameKind.LABEL) {
        if (!wanted.isEmpty() && name.language().map(Language::primary).filter(wanted::equals).isPresent()) {
          return name.value();
        }
        if (fallback == null && name.kind() == NameKind.DISPLAY) {
          fallback = name;
        }
      }
    }
    return (fallback != null ? fallback : names.get(0)).value();
  }
}
