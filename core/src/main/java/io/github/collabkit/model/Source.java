package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where facts come from: a news article, report or registry record, with its publisher, date and
 * language.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Source implements WithSource, Entity<SourceRef> {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Source() {}

  /**
   * Returns the typed reference to this source. Its {@linkplain SourceRef#key() key} (such as
   * {@code seed-000}) is unique in the landscape and is the {@code key} field in JSON. Required.
   *
   * @return the typed reference
   */
  @Override
  public abstract SourceRef ref();

  /**
   * Returns the title of the document. Required, not empty.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns what kind of document it is. Binds {@link SourceType}; defaults to
   * {@link SourceType#OTHER}.
   *
   * @return the type
   */
  @Value.Default
  public SourceType type() {
    return SourceType.OTHER;
  }

  /**
   * Returns who published it, as written.
   *
   * @return the publisher, if known
   */
  public abstract Optional<String> publisher();

  /**
   * Returns when it was published, at the precision known.
   *
   * @return the date, if known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the BCP 47 language of the document, such as {@code nl}.
   *
   * @return the language, if known
   */
  public abstract Optional<String> language();

  /**
   * Returns where the document can be read.
   *
   * @return an absolute URL, if known
   */
  public abstract Optional<String> url();

  /**
   * Returns the file name of the source document in collabkit's seed collection, when it is one.
   *
   * @return the seed file name, such as {@code 000_11f623552192da1f.txt}
   */
  public abstract Optional<String> seed();

  /**
   * Returns sources this source relies on; usually empty.
   *
   * @return the source references
   */
  @Override
  public abstract List<SourceRef> sources();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String key = key();
    if (title().isEmpty()) {
      throw new InvalidValueException("source", key, "title", "must be given in at least one language");
    }
    language().ifPresent(l -> Checks.language("source", key, "language", l));
    url().ifPresent(u -> IdentifierScheme.WEBSITE.problem(u).ifPresent(p -> {
      throw new InvalidValueException("source", key, "url", p);
    }));
  }
}
