package io.github.collabkit.model;

import io.github.collabkit.CollabkitException;
import java.util.List;

/**
 * Thrown when a code does not belong to the vocabulary it is read for.
 *
 * <p>The message names the vocabulary, the code and every allowed code, for example {@code
 * PartnershipKind: unknown code 'jointlab'; allowed: collaboration-agreement, ..., joint-lab}.
 */
public final class UnknownCodeException extends CollabkitException {
  private static final long serialVersionUID = 1L;

  /** The vocabulary's simple name. */
  private final String vocabulary;
  /** The code that was not found. */
  private final String code;
  /** The codes the vocabulary allows. */
  private final List<String> allowed;

  /**
   * Creates the exception.
   *
   * @param vocabulary the simple name of the vocabulary, such as {@code PartnershipKind}
   * @param code the code that was not found (may be {@code null})
   * @param allowed the codes the vocabulary has
   */
  public UnknownCodeException(String vocabulary, String code, List<String> allowed) {
    super(printable(vocabulary + ": unknown code " + (code == null ? "null" : "'" + code + "'")
        + "; allowed: " + String.join(", ", allowed)));
    this.vocabulary = vocabulary;
    this.code = code;
    this.allowed = List.copyOf(allowed);
  }

  /**
   * Returns the vocabulary the code was looked up in.
   *
   * @return the simple name of the vocabulary type
   */
  public String vocabulary() {
    return vocabulary;
  }

  /**
   * Returns the code that was not found.
   *
   * @return the code, or {@code null} when none was given
   */
  public String code() {
    return code;
  }

  /**
   * Returns the codes the vocabulary allows.
   *
   * @return the allowed codes in declaration order
   */
  public List<String> allowed() {
    return allowed;
  }
}
