package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import org.immutables.value.Value;

/**
 * A term of a data-defined scheme, such as the theme {@code regenerative-medicine} or the capability
 * {@code hpc}, with labels for people.
 *
 * <p>Vocabularies that users extend live as concepts in the {@link Landscape} (as CERIF class
 * schemes do) rather than as Java enums; entities refer to them by code.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Concept implements WithConcept {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Concept() {}

  /**
   * Returns the scheme the concept belongs to, such as {@code theme} or {@code capability}.
   * Required, lower-case code.
   *
   * @return the scheme
   */
  public abstract String scheme();

  /**
   * Returns the code, unique within its scheme. Required, lower-case code.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns the label in Dutch and English. Required, not empty.
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * Returns a definition in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText definition() {
    return LocalizedText.empty();
  }

  /**
   * Returns a concept.
   *
   * @param scheme the scheme code
   * @param code the concept code
   * @param label the label
   * @return the concept
   */
  public static Concept of(String scheme, String code, LocalizedText label) {
    return builder().scheme(scheme).code(code).label(label).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Concept}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableConcept.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.code("concept", code(), "scheme", scheme());
    Checks.code("concept", code(), "code", code());
    if (label().isEmpty()) {
      throw new InvalidValueException("concept", code(), "label", "must be given in at least one language");
    }
  }
}
