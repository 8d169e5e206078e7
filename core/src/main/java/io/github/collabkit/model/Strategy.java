package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint strategy, such as that of the seven Dutch umc's for 2025-2030, with its owners, period,
 * principles, action lines and the figures it states.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Strategy implements WithStrategy, Entity<StrategyRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Strategy() {}

  /**
   * Returns the typed reference to this strategy. Its {@linkplain StrategyRef#key() key}
   * is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract StrategyRef ref();

  /**
   * Returns the title. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns a summary in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /**
   * Returns the organizations that own the strategy. At least one.
   *
   * @return the owners
   */
  public abstract List<OrganizationRef> owners();

  /**
   * Returns the period the strategy covers, such as 2025-2030, when the source gives one.
   *
   * @return the period, if stated
   */
  public abstract Optional<Period> period();

  /**
   * Returns what the strategy aligns with. Zero or more.
   *
   * @return the alignments
   */
  public abstract List<Alignment> alignsWith();

  /**
   * Returns the principles the strategy keeps to, such as equality between partners. Zero or
   * more.
   *
   * @return the principles
   */
  public abstract List<LocalizedText> principles();

  /**
   * Returns the action lines, in the strategy's order. Zero or more.
   *
   * @return the action lines
   */
  public abstract List<ActionLine> actionLines();

  /**
   * Returns figures the strategy states about its owners, such as "more than 90% of umc research
   * is done with external partners". Zero or more; each unit binds a concept of scheme {@code
   * unit} in the landscape.
   *
   * @return the figures
   */
  public abstract List<Quantity> figures();

  /**
   * Returns what the owners aim to reach, such as LUMC's ambition for 2028 to be a welcoming and
   * reliable partner. Zero or more.
   *
   * @return the ambitions
   */
  public abstract List<Ambition> ambitions();

  /**
   * Returns the sources this entity's facts come from. Binds {@link Source} keys of the
   * landscape; empty when not recorded.
   *
   * @return the source references
   */
  @Override
  public abstract List<SourceRef> sources();

  /**
   * Returns how the dataset knows particular statements about this entity: stated by a source,
   * inferred, taken from a registry or an editorial rule. Zero or more; a statement not listed is
   * covered by {@link #sources()} as a whole.
   *
   * @return the statements
   */
  public abstract List<Statement> statements();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strategy}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String key = key();
    if (title().isEmpty()) {
      throw new InvalidValueException("strategy", key, "title", "must be given in at least one language");
    }
    Checks.atLeast("strategy", key, "owners", owners(), 1);
  }
}
