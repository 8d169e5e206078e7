package io.github.collabkit.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How the dataset knows one statement about an entity: which attribute it is about, whether a
 * source states it, the editors inferred it, a registry gives it or it is a rule of the dataset's
 * own, and from which sources. An entity's {@linkplain Entity#sources() sources} say where its
 * facts come from as a whole; statements say it for the facts that need it, such as LUMC's
 * founding year taken from ROR or regenerative medicine named a LUMC spearhead according to
 * Franck Lebrin.
 * <pre>{@code
 * Statement fromRor = Statement.builder()
 *     .about("/established")
 *     .basis(StatementBasis.REGISTRY)
 *     .addSource(SourceRef.of("ror"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Statement implements WithStatement {
  private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)+");

  /** Subclassed only by the implementation Immutables generates in this package. */
  Statement() {}

  /**
   * Returns the attribute the statement is about, as a JSON Pointer (RFC 6901) into the entity's
   * JSON form, such as {@code /established} or {@code /organizations/0/role} (what holds for the whole
   * entity is said by its sources). Required, at least one step.
   *
   * @return the pointer
   */
  public abstract String about();

  /**
   * Returns how the dataset knows the statement. Required; binds {@link StatementBasis}.
   *
   * @return the basis
   */
  public abstract StatementBasis basis();

  /**
   * Returns the sources that state it, it is inferred from, or that hold the rule. Binds
   * {@link Source} keys of the landscape; at least one unless the basis is
   * {@link StatementBasis#INFERRED} or {@link StatementBasis#EDITORIAL}.
   *
   * @return the source references
   */
  public abstract List<SourceRef> sources();

  /**
   * Returns the person the source attributes the statement to, for "according to Lebrin". Only
   * with basis {@link StatementBasis#STATED}.
   *
   * @return the person, if the source names one
   */
  public abstract Optional<PersonRef> accordingTo();

  /**
   * Returns a note on how the statement was read or inferred, in collabkit's own words.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText note() {
    return LocalizedText.empty();
  }

  /**
   * Returns a statement about an attribute with a basis and one source.
   *
   * @param about the JSON Pointer of the attribute, such as {@code /established}
   * @param basis how the dataset knows it
   * @param source the source
   * @return the statement
   */
  public static Statement of(String about, StatementBasis basis, SourceRef source) {
    return builder().about(about).basis(basis).addSource(source).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Statement}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }

  @Value.Check
  void checkPointer() {
    if (!POINTER.matcher(about()).matches()) {
      throw new InvalidValueException("statement", about(), "about",
          "must be a JSON Pointer of at least one step such as /established ('/' before each step, '~' only as ~0 or ~1)");
    }
  }

  @Value.Check
  void checkSourced() {
    if (sources().isEmpty() && (basis() == StatementBasis.STATED || basis() == StatementBasis.REGISTRY)) {
      throw new InvalidValueException("statement", about(), "sources",
          "a statement with basis " + basis().code() + " needs at least one source");
    }
  }

  @Value.Check
  void checkAccordingTo() {
    if (accordingTo().isPresent() && basis() != StatementBasis.STATED) {
      throw new InvalidValueException("statement", about(), "accordingTo",
          "only a stated statement is attributed to a person, got basis " + basis().code());
    }
  }
}
