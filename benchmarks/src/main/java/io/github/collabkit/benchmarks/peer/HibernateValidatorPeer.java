package io.github.collabkit.benchmarks.peer;

import io.github.collabkit.benchmarks.peer.beans.LandscapeBean;
import io.github.collabkit.model.Landscape;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Hibernate Validator on {@link LandscapeBean}s equivalent to the landscape, converted once when
 * built; the validator factory is built once too, as its documentation advises.
 */
final class HibernateValidatorPeer implements LandscapeValidation {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private final Validator validator = FACTORY.getValidator();
  private final LandscapeBean landscape;

  HibernateValidatorPeer(Landscape landscape) {
    this.landscape = LandscapeBean.of(landscape);
  }

  @Override
  public int validate() {
    return validator.validate(landscape).size();
  }
}
