package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grant or other funding of a partnership: who funds it, under which programme and grant code,
 * how much and for when, as OpenAIRE's project funding ({@code funding}, {@code code}, {@code
 * granted}) and CERIF's funding link record it. Only the funder is required: a source that says
 * "funded by ZonMw" and nothing more gives a funding without amount.
 *
 * <pre>{@code
 * Funding grant = Funding.builder()
 *     .funder(OrganizationRef.of("zonmw"))
 *     .programme(LocalizedText.of("en", "Open Competition"))
 *     .code("09120012010061")
 *     .amount(Money.of(new BigDecimal("750000"), "EUR"))
 *     .period(Period.between(PartialDate.ofYear(2021), PartialDate.ofYear(2025)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Funding implements WithFunding {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Funding() {}

  /**
   * Returns the organization that funds, such as a research council, a ministry or one of the
   * parties. Required; the validator checks that it exists in the landscape.
   *
   * @return the funder
   */
  public abstract OrganizationRef funder();

  /**
   * Returns the funder's programme or call, such as Horizon Europe, when the source names it.
   *
   * @return the text, empty when not given
   */
  @Value.Default
  public LocalizedText programme() {
    return LocalizedText.empty();
  }

  /**
   * Returns the grant number or code the funder gives, as written, such as {@code 09120012010061}.
   * Not blank when given.
   *
   * @return the code, if stated
   */
  public abstract Optional<String> code();

  /**
   * Returns the amount granted, with its currency, when stated.
   *
   * @return the amount
   */
  public abstract Optional<Money> amount();

  /**
   * Returns the period the funding covers, when stated; the validator warns when it lies wholly
   * outside the partnership's period.
   *
   * @return the period
   */
  public abstract Optional<Period> period();

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Funding}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }

  @Value.Check
  void checkCode() {
    code().ifPresent(c -> Checks.notBlank("funding", funder().key(), "code", c));
  }
}
