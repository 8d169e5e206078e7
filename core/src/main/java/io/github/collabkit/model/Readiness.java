package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How ready a capability of an infrastructure is, or the infrastructure as a whole: its technology
 * readiness level (TRL 1 to 9) and/or its life-cycle stage, as the EOSC resource profile records
 * them.
 *
 * <p>Readiness sits on the {@link Infrastructure}, not on the capability's {@link Concept}: the same
 * capability, such as {@code functional-ultrasound-imaging}, can be in production at one
 * infrastructure and planned at another.
 *
 * <pre>{@code
 * Readiness imaging = Readiness.builder().capability("functional-ultrasound-imaging")
 *     .trl(4).stage(LifeCycleStage.DESIGN).asOf(PartialDate.ofYear(2025)).build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Readiness implements WithReadiness {

  /** The lowest technology readiness level: basic principles observed. */
  public static final int MIN_TRL = 1;

  /** The highest technology readiness level: the system proven in its operational environment. */
  public static final int MAX_TRL = 9;

  /** Subclassed only by the implementation Immutables generates in this package. */
  Readiness() {}

  /**
   * Returns the capability code this readiness is about, one of the infrastructure's {@link
   * Infrastructure#capabilities()}; empty for the infrastructure as a whole.
   *
   * @return the capability code, if about one capability
   */
  public abstract Optional<String> capability();

  /**
   * Returns the technology readiness level, from {@value #MIN_TRL} (basic principles observed) to
   * {@value #MAX_TRL} (proven in operation). At least one of this and {@link #stage()} is given.
   *
   * @return the level, if stated
   */
  public abstract Optional<Integer> trl();

  /**
   * Returns the life-cycle stage. Binds {@link LifeCycleStage}. At least one of this and {@link
   * #trl()} is given.
   *
   * @return the stage, if stated
   */
  public abstract Optional<LifeCycleStage> stage();

  /**
   * Returns the date the readiness applies to, when stated.
   *
   * @return the date
   */
  public abstract Optional<PartialDate> asOf();

  /**
   * Returns the readiness of the infrastructure as a whole at a life-cycle stage.
   *
   * @param stage the stage
   * @return the readiness
   */
  public static Readiness of(LifeCycleStage stage) {
    return builder().stage(stage).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Readiness}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableReadiness.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String key = capability().orElse(null);
    capability().ifPresent(c -> Checks.code("readiness", key, "capability", c));
    if (trl().isEmpty() && stage().isEmpty()) {
      throw new InvalidValueException("readiness", key, "trl", "give a technology readiness level, a life-cycle stage or both");
    }
    trl().filter(t -> t < MIN_TRL || t > MAX_TRL).ifPresent(t -> {
      throw new InvalidValueException("readiness", key, "trl",
          "must be a technology readiness level from " + MIN_TRL + " to " + MAX_TRL + ", got " + t);
    });
  }
}
