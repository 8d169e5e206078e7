package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A topic a partnership works on, such as sharing high-performance computing, with the
 * infrastructures it concerns.
 */
@Value.Immutable
@CollabkitStyle
public abstract class WorkArea implements WithWorkArea {

  /** Subclassed only by the implementation Immutables generates in this package. */
  WorkArea() {}

  /**
   * Returns the title of the work area. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns what is done in this area, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the infrastructures this work area concerns. Zero or more.
   *
   * @return the infrastructures
   */
  public abstract List<InfrastructureRef> infrastructures();

  /**
   * Returns theme codes, defined as concepts of scheme {@code theme} in the landscape.
   *
   * @return the theme codes
   */
  public abstract Set<String> themes();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkArea}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableWorkArea.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (title().isEmpty()) {
      throw new InvalidValueException("work area", null, "title",
          "must be given in at least one language");
    }
    themes().forEach(t -> Checks.code("work area", title().text("en"), "themes", t));
  }
}
