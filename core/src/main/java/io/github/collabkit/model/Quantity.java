package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure with its unit and how exact it is, such as "more than 440,000 participants".
 *
 * <pre>{@code
 * Quantity participants = Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants");
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Quantity implements WithQuantity {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Quantity() {}

  /**
   * Returns the number as stated. Required; finite and not negative.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * Returns the unit or what is counted, as a lower-case code such as {@code participants},
   * {@code studies} or {@code years}. Required.
   *
   * @return the unit code
   */
  public abstract String unit();

  /**
   * Returns how the stated value relates to the true one. Binds {@link QuantityQualifier};
   * defaults to {@link QuantityQualifier#EXACT}.
   *
   * @return the qualifier
   */
  @Value.Default
  public QuantityQualifier qualifier() {
    return QuantityQualifier.EXACT;
  }

  /**
   * Returns what the figure measures, for people, such as 'participants of all ages'.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText label() {
    return LocalizedText.empty();
  }

  /**
   * Returns the date the figure applies to, when stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> asOf();

  /**
   * Returns a quantity.
   *
   * @param qualifier how exact the value is
   * @param value the value
   * @param unit the unit code
   * @return the quantity
   */
  public static Quantity of(QuantityQualifier qualifier, double value, String unit) {
    return builder().qualifier(qualifier).value(value).unit(unit).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quantity}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.code("quantity", null, "unit", unit());
    Checks.notNegative("quantity", unit(), "value", value());
  }
}
