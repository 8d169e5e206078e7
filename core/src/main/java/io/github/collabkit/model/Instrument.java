package io.github.collabkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A means a partnership sets up, such as a stimulation fund for joint activities.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Instrument implements WithInstrument {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Instrument() {}

  /**
   * Returns the kind of instrument. Required; binds {@link InstrumentKind}.
   *
   * @return the kind
   */
  public abstract InstrumentKind kind();

  /**
   * Returns the name of the instrument, when it has one.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText title() {
    return LocalizedText.empty();
  }

  /**
   * Returns what the instrument is for, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the amount the instrument holds or spends, such as the size of a stimulation fund,
   * when the source states it.
   *
   * @return the amount
   */
  public abstract Optional<Money> amount();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instrument}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }
}
