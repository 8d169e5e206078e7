package io.github.collabkit.benchmarks.peer.beans;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Keys are unique and every reference names an entity of the landscape; themes and capabilities are defined concepts; every entity cites a source. */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Rules.ConsistentReferencesValidator.class)
public @interface ConsistentReferences {
  /**
   * Returns the message.
   *
   * @return the message template
   */
  String message() default "Keys are unique and every reference names an entity of the landscape; themes and capabilities are defined concepts; every entity cites a source.";

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
