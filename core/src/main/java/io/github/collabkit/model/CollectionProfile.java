package io.github.collabkit.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The MIABIS basics of a cohort or biobank: how many participants, their ages, the kinds of data
 * and material held, and the conditions on their use.
 *
 * <p>It belongs on an {@link Infrastructure} of kind {@link InfrastructureKind#BIOBANK}, {@link
 * InfrastructureKind#COHORT} or {@link InfrastructureKind#COHORT_CONSORTIUM}; the validator warns
 * about one elsewhere. Every attribute is optional, as sources seldom state them all.
 *
 * <pre>{@code
 * CollectionProfile ncc = CollectionProfile.builder()
 *     .participants(Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class CollectionProfile implements WithCollectionProfile {

  /** The unit of {@link #participants()}: {@value}. */
  public static final String PARTICIPANTS = "participants";

  /** The highest age accepted, in years. */
  public static final int MAX_AGE = 150;

  /** Subclassed only by the implementation Immutables generates in this package. */
  CollectionProfile() {}

  /**
   * Returns the number of participants (MIABIS: donors), such as more than 440,000, with unit
   * {@value #PARTICIPANTS}.
   *
   * @return the number, if stated
   */
  public abstract Optional<Quantity> participants();

  /**
   * Returns the youngest participants' age in whole years, from 0 to {@value #MAX_AGE}; not above
   * {@link #maximumAge()}.
   *
   * @return the age, if stated
   */
  public abstract Optional<Integer> minimumAge();

  /**
   * Returns the oldest participants' age in whole years, from 0 to {@value #MAX_AGE}.
   *
   * @return the age, if stated
   */
  public abstract Optional<Integer> maximumAge();

  /**
   * Returns the kinds of data held. Zero or more; binds {@link DataCategory}.
   *
   * @return the data categories
   */
  public abstract Set<DataCategory> dataCategories();

  /**
   * Returns the kinds of material stored. Zero or more; binds {@link MaterialType}.
   *
   * @return the material types
   */
  public abstract Set<MaterialType> materialTypes();

  /**
   * Returns the conditions on use of the data and material. Zero or more; binds {@link
   * UseCondition}. Who may apply and how is in {@link Infrastructure#access()}.
   *
   * @return the use conditions
   */
  public abstract Set<UseCondition> useConditions();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectionProfile}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableCollectionProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    participants().filter(q -> !q.unit().equals(PARTICIPANTS)).ifPresent(q -> {
      throw new InvalidValueException("collection profile", null, "participants",
          "must count " + PARTICIPANTS + ", got unit '" + q.unit() + "'");
    });
    age("minimumAge", minimumAge());
    age("maximumAge", maximumAge());
    if (minimumAge().isPresent() && maximumAge().isPresent() && minimumAge().get() > maximumAge().get()) {
      throw new InvalidValueException("collection profile", null, "minimumAge",
          "must not be above maximumAge, got " + minimumAge().get() + " > " + maximumAge().get());
    }
  }

  private static void age(String field, Optional<Integer> age) {
    age.filter(a -> a < 0 || a > MAX_AGE).ifPresent(a -> {
      throw new InvalidValueException("collection profile", null, field,
          "must be an age in whole years from 0 to " + MAX_AGE + ", got " + a);
    });
  }
}
