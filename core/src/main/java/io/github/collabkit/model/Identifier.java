package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import org.immutables.value.Value;

/**
 * An identifier of an organization in a registry or scheme, such as its ROR id.
 *
 * <p>The value is stored in the scheme's canonical form and checked at construction (a ROR id
 * whose checksum fails is rejected). {@link #of(IdentifierScheme, String)} accepts the forms people
 * write and normalizes them:
 *
 * <pre>{@code
 * Identifier ror = Identifier.of(IdentifierScheme.ROR, "https://ror.org/05xvt9f17");
 * ror.value(); // "05xvt9f17"
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Identifier implements WithIdentifier {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Identifier() {}

  /**
   * Returns the scheme the identifier belongs to. Required; binds {@link IdentifierScheme}.
   *
   * @return the scheme
   */
  public abstract IdentifierScheme scheme();

  /**
   * Returns the identifier in its scheme's canonical form, such as {@code 05xvt9f17}.
   * Required.
   *
   * @return the canonical value
   */
  public abstract String value();

  /**
   * Returns an identifier from a value written in any common form of its scheme.
   *
   * @param scheme the scheme
   * @param value the value as written, such as {@code https://ror.org/05xvt9f17}
   * @return the identifier, with its value normalized
   * @throws InvalidValueException when the normalized value breaks the scheme's rule
   * @throws NullValueException when the scheme or value is null
   */
  public static Identifier of(IdentifierScheme scheme, String value) {
    Checks.argument("scheme", scheme);
    return builder().scheme(scheme).value(scheme.normalize(Checks.argument("value", value))).build();
  }

  /**
   * Returns the identifier as a URL where the scheme has one.
   *
   * @return such as {@code https://ror.org/05xvt9f17}, or the value itself for schemes without
   *     a resolver
   */
  public String url() {
    return switch (scheme()) {
      case ROR -> "https://ror.org/" + value();
      case WIKIDATA -> "https://www.wikidata.org/wiki/" + value();
      case ISNI -> "https://isni.org/isni/" + value();
      default -> value();
    };
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Identifier}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableIdentifier.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String normalized = scheme().normalize(value());
    if (!normalized.equals(value())) {
      throw new InvalidValueException("identifier", value(), "value",
          "must be in canonical " + scheme().code() + " form '" + normalized
              + "'; use Identifier.of to normalize");
    }
    scheme().problem(value()).ifPresent(problem -> {
      throw new InvalidValueException("identifier", value(), "value", problem);
    });
  }
}
