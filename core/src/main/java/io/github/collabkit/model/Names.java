package io.github.collabkit.model;

import java.util.List;

/** Choosing the name to show from a list of names. */
final class Names {
  private Names() {}

  static String display(List<Name> names, String language) {
    Name fallback = null;
    for (Name name : names) {
      if (name.kind() == NameKind.DISPLAY || name.kind() == NameKind.LABEL) {
        if (language != null && language.equals(name.language().orElse(null))) {
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
