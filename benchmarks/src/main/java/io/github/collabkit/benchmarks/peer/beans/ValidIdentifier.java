package io.github.collabkit.benchmarks.peer.beans;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is valid for its scheme (a ROR id's checksum, an ISNI's check character, ...). */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Rules.ValidIdentifierValidator.class)
public @interface ValidIdentifier {
  /**
   * Returns the message.
   *
   * @return the message template
   */
  String message() default "The value is valid for its scheme (a ROR id's checksum, an ISNI's check character, ...).";

  /**
   * Returns the groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
