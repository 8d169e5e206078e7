package io.github.collabkit.model;

import io.github.collabkit.CollabkitException;
import java.util.List;
import java.util.Locale;

/**
 * Thrown by a builder's {@code build()} when required attributes were never set.
 *
 * <p>For example {@code partnership: required attributes not set: [ref, kind]}; {@link
 * #missingAttributes()} lists the attribute names and {@link #type()} the model type.
 */
public final class IncompleteValueException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /** The model type whose builder was incomplete, such as {@code partnership}. */
  private final String type;
  /** The names of the required attributes that were not set. */
  private final List<String> missingAttributes;

  /**
   * Creates the exception for a builder whose required attributes were not set; called by the
   * generated builders, which pass the names of the missing attributes.
   *
   * <p>The model type is taken from the builder that calls this constructor ({@code
   * Partnership.builder()} gives {@code partnership}).
   *
   * @param missingAttributes the names of the attributes that were not set
   */
  public IncompleteValueException(String[] missingAttributes) {
    this(callerType(), List.of(missingAttributes));
  }

  /**
   * Creates the exception with a message of its own, such as for a default attribute whose
   * computation depends on itself; called by the generated builders.
   *
   * @param message what is incomplete
   * @param missingAttributes the names of the attributes that were not set, if any
   */
  public IncompleteValueException(String message, String... missingAttributes) {
    super(message);
    this.type = callerType();
    this.missingAttributes = List.of(missingAttributes);
  }

  private IncompleteValueException(String type, List<String> missingAttributes) {
    super(type + ": required attributes not set: " + missingAttributes);
    this.type = type;
    this.missingAttributes = missingAttributes;
  }

  /**
   * Names the model type of the generated builder that called the constructor: {@code
   * ImmutableSigningEvent.Builder} gives {@code signing event}.
   */
  private static String callerType() {
    String name = StackWalker.getInstance()
        .walk(frames -> frames
            .map(StackWalker.StackFrame::getClassName)
            .filter(n -> !n.equals(IncompleteValueException.class.getName()))
            .findFirst()
            .orElse("value"));
    String simple = name.substring(name.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    if (nested >= 0) {
      simple = simple.substring(0, nested);
    }
    if (simple.startsWith("Immutable") && simple.length() > "Immutable".length()) {
      simple = simple.substring("Immutable".length());
    }
    return simple.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the model type whose builder was incomplete.
   *
   * @return the type in lower case words, such as {@code partnership} or {@code signing event}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the required attributes that were not set.
   *
   * @return the attribute names as they appear in the builder and in JSON, in declaration order
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }
}
