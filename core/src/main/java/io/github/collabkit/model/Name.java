package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One name of an organization or infrastructure: its text, language and how it is used.
 *
 * <pre>{@code
 * Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL);
 * Name.acronym("LUMC");
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Name implements WithName {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Name() {}

  /**
   * Returns the name as written, such as {@code Leiden University Medical Center}. Required, not
   * blank.
   *
   * @return the name
   */
  public abstract String value();

  /**
   * Returns the BCP 47 language of the name, when it has one; acronyms usually have none.
   *
   * @return the language tag, such as {@code nl}
   */
  public abstract Optional<String> language();

  /**
   * Returns how the name is used. Binds {@link NameKind}; defaults to {@link NameKind#DISPLAY}.
   *
   * @return the kind
   */
  @Value.Default
  public NameKind kind() {
    return NameKind.DISPLAY;
  }

  /**
   * Returns a name with a language and kind.
   *
   * @param value the name
   * @param language a BCP 47 language tag
   * @param kind how the name is used
   * @return the name
   */
  public static Name of(String value, String language, NameKind kind) {
    return builder().value(value).language(language).kind(kind).build();
  }

  /**
   * Returns an acronym without a language, such as {@code LUMC}.
   *
   * @param value the acronym
   * @return the name
   */
  public static Name acronym(String value) {
    return builder().value(value).kind(NameKind.ACRONYM).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Name}. */
  public static final class Builder extends ImmutableName.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", null, "value", value());
    language().ifPresent(l -> Checks.language("name", value(), "language", l));
  }
}
