package io.github.collabkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The occasion on which a partnership was signed: when, where and how the signatories met.
 */
@Value.Immutable
@CollabkitStyle
public abstract class SigningEvent implements WithSigningEvent {

  /** Subclassed only by the implementation Immutables generates in this package. */
  SigningEvent() {}

  /**
   * Returns the date of signing, at the precision the source gives. Required.
   *
   * @return the date
   */
  public abstract PartialDate date();

  /**
   * Returns how the date relates to the moment, such as {@code before} for 'just before
   * Christmas'. Binds {@link DateQualifier}.
   *
   * @return the qualifier, if the source qualifies the date
   */
  public abstract Optional<DateQualifier> dateQualifier();

  /**
   * Returns the place of signing, such as the French residence in The Hague.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText place() {
    return LocalizedText.empty();
  }

  /**
   * Returns the city where the signing took place.
   *
   * @return the city, if known
   */
  public abstract Optional<String> city();

  /**
   * Returns how the signatories met. Binds {@link SigningMode}.
   *
   * @return the mode, if known
   */
  public abstract Optional<SigningMode> mode();

  /**
   * Returns the occasion, such as a state visit or Christmas, when the source names one.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText occasion() {
    return LocalizedText.empty();
  }

  /**
   * Returns a signing event with only a date.
   *
   * @param date the date of signing
   * @return the event
   */
  public static SigningEvent on(PartialDate date) {
    return builder().date(date).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SigningEvent}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableSigningEvent.Builder {
    Builder() {}
  }
}
