package io.github.collabkit.model;

import static io.github.collabkit.model.ConstructionRulesTest.agreement;
import static io.github.collabkit.model.ConstructionRulesTest.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money (an exact amount and an ISO 4217 currency), the funding of partnerships and the amount of an instrument. */
class MoneyAndFundingTest {
  private static final OrganizationRef ZONMW = OrganizationRef.of("zonmw");

  @Test
  void keepsTheAmountWithTheDecimalsItWasGiven() {
    Money m = Money.of(new BigDecimal("750000.00"), "EUR");
    assertEquals("750000.00", m.amount().toPlainString());
    assertEquals(QuantityQualifier.EXACT, m.qualifier());
    assertEquals("EUR 750000.00", m.toString());
    assertNotEquals(Money.of(new BigDecimal("750000"), "EUR"), m, "750000.00 and 750000 are written differently");
  }

  @Test
  void keepsAnAmountWithANegativeScaleAsAWholeNumber() {
    Money million = Money.builder().amount(new BigDecimal("1E+6")).currency("USD").qualifier(QuantityQualifier.ABOUT).build();
    assertEquals(0, million.amount().scale());
    assertEquals("about USD 1000000", million.toString());
    assertEquals(Money.builder().amount(new BigDecimal("1000000")).currency("USD").qualifier(QuantityQualifier.ABOUT).build(), million);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "negative amount          | -1                        | EUR  | amount   | must not be negative, got -1",
      "too many decimals        | 0.0000001                 | EUR  | amount   | must have at most 18 digits before and 6 after the decimal point, got 0 and 7",
      "too many digits          | 1000000000000000000       | EUR  | amount   | must have at most 18 digits before and 6 after the decimal point, got 19 and 0",
      "too many digits as power | 1E+18                     | EUR  | amount   | must have at most 18 digits before and 6 after the decimal point, got 19 and 0",
      "lower-case currency      | 10                        | eur  | currency | must be an ISO 4217 currency code of three upper-case letters such as EUR, got 'eur'",
      "unknown currency         | 10                        | XYZ  | currency | must be an ISO 4217 currency code of three upper-case letters such as EUR, got 'XYZ'",
      "too long currency        | 10                        | EURO | currency | must be an ISO 4217 currency code of three upper-case letters such as EUR, got 'EURO'",
      "non-ASCII currency       | 10                        | EÜR  | currency | must be an ISO 4217 currency code of three upper-case letters such as EUR, got 'EÜR'"})
  void rejectsUnusableMoney(String name, String amount, String currency, String field, String rule) {
    assertInvalid(() -> Money.of(new BigDecimal(amount), currency), "money", null, field, rule);
  }

  @Test
  @Timeout(5)
  void rejectsAHugePowerOfTenWithoutWritingItOut() {
    assertInvalid(() -> Money.of(new BigDecimal("1E+999999999"), "EUR"), "money", null, "amount",
        "must have at most 18 digits before and 6 after the decimal point, got 1000000000 and 0");
  }

  @Test
  void acceptsTheLargestAndFinestAmountsAndZero() {
    assertEquals("999999999999999999.999999",
        Money.of(new BigDecimal("999999999999999999.999999"), "EUR").amount().toPlainString());
    assertEquals("0.000001", Money.of(new BigDecimal("0.000001"), "CHF").amount().toPlainString());
    assertEquals(BigDecimal.ZERO, Money.of(BigDecimal.ZERO, "JPY").amount());
  }

  @Test
  void rejectsNullsNamingTheAttribute() {
    NullValueException amount = assertThrows(NullValueException.class, () -> Money.of(null, "EUR"));
    assertTrue(amount.getMessage().contains("amount"), amount.getMessage());
    NullValueException currency = assertThrows(NullValueException.class, () -> Money.of(BigDecimal.ONE, null));
    assertTrue(currency.getMessage().contains("currency"), currency.getMessage());
    assertThrows(IncompleteValueException.class, () -> Money.builder().currency("EUR").build());
  }

  @Test
  void fundsAPartnershipWithFunderProgrammeCodeAmountAndPeriod() {
    Funding grant = Funding.builder().funder(ZONMW).programme(LocalizedText.of("en", "Open Competition"))
        .code("09120012010061").amount(Money.of(new BigDecimal("750000"), "EUR"))
        .period(Period.between(PartialDate.ofYear(2021), PartialDate.ofYear(2025))).build();
    Partnership p = agreement().addFunding(grant).build();
    assertEquals(ZONMW, p.fundings().get(0).funder());
    assertEquals("750000", p.fundings().get(0).amount().orElseThrow().amount().toPlainString());
  }

  @Test
  void fundsWithOnlyAFunder() {
    Funding funding = Funding.builder().funder(ZONMW).build();
    assertTrue(funding.amount().isEmpty() && funding.code().isEmpty() && funding.period().isEmpty()
        && funding.programme().isEmpty());
  }

  @Test
  void rejectsABlankGrantCode() {
    assertInvalid(() -> Funding.builder().funder(ZONMW).code(" ").build(), "funding", "zonmw", "code", "must not be blank");
  }

  @Test
  void rejectsAFundingWithoutFunder() {
    assertThrows(IncompleteValueException.class, () -> Funding.builder().code("123").build());
  }

  @Test
  void givesAnInstrumentAnAmount() {
    Instrument fund = Instrument.builder().kind(InstrumentKind.STIMULATION_FUND)
        .amount(Money.of(new BigDecimal("1000000"), "EUR")).build();
    assertEquals("EUR", fund.amount().orElseThrow().currency());
    assertTrue(Instrument.builder().kind(InstrumentKind.STIMULATION_FUND).build().amount().isEmpty());
  }

  @Test
  void givesOrganizationsAndPartnershipsFigures() {
    Quantity nine = Quantity.of(QuantityQualifier.EXACT, 9, "researchers");
    Organization network = Organization.builder().ref(OrganizationRef.of("inserm-abroad-network"))
        .addName(Name.of("Inserm Abroad Network", "en", NameKind.DISPLAY)).addType(OrganizationType.CONSORTIUM)
        .addFigure(nine).build();
    assertEquals(java.util.List.of(nine), network.figures());
    assertEquals(java.util.List.of(nine), agreement().addFigure(nine).build().figures());
  }
}
