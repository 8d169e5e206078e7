package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Money;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Format 1.1's money, fundings and figures on the wire: amounts as decimal strings that keep their
 * decimals, each bad value reported at its pointer, and the schema rejecting what the reader rejects.
 */
class MoneyJsonTest {
  private static final CollabkitJson JSON = CollabkitJson.builder().prettyPrint(false).build();
  private static final String PARTNERSHIP =
      "{\"key\":\"p\",\"title\":{\"en\":\"P\"},\"kind\":\"joint-lab\",\"parties\":[{\"organization\":\"a\"},{\"organization\":\"b\"}]";

  private static Partnership funded() {
    return Partnership.builder().from(Fixtures.landscape().partnerships().get(0))
        .addFunding(Funding.builder().funder(OrganizationRef.of("zonmw")).programme(LocalizedText.enNl("Open Competition", "Open Competitie"))
            .code("09120012010061").amount(Money.of(new BigDecimal("750000.00"), "EUR"))
            .period(Period.between(PartialDate.ofYear(2021), PartialDate.of(2025, 6))).build())
        .addFunding(Funding.builder().funder(OrganizationRef.of("lumc")).build())
        .addInstrument(Instrument.builder().kind(InstrumentKind.STIMULATION_FUND)
            .amount(Money.builder().amount(new BigDecimal("1E+6")).currency("USD").qualifier(QuantityQualifier.ABOUT).build()).build())
        .addFigure(Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants"))
        .build();
  }

  @Test
  void writesAmountsAsDecimalStringsThatKeepTheirDecimals() {
    String json = JSON.write(funded());
    assertTrue(json.contains("\"fundings\":[{\"funder\":\"zonmw\",\"programme\":{\"en\":\"Open Competition\",\"nl\":\"Open Competitie\"},"
        + "\"code\":\"09120012010061\",\"amount\":{\"amount\":\"750000.00\",\"currency\":\"EUR\",\"qualifier\":\"exact\"},"
        + "\"period\":{\"start\":\"2021\",\"end\":\"2025-06\"}},{\"funder\":\"lumc\"}]"), json);
    assertTrue(json.contains("\"amount\":{\"amount\":\"1000000\",\"currency\":\"USD\",\"qualifier\":\"about\"}"), json);
    assertTrue(json.contains("\"figures\":[{\"value\":440000,\"unit\":\"participants\",\"qualifier\":\"more-than\"}]"), json);
  }

  @Test
  void roundTripsFundingsInstrumentAmountsAndFigures() {
    Partnership p = funded();
    assertEquals(p, JSON.read(JSON.write(p), Partnership.class));
    Organization network = Organization.builder().ref(OrganizationRef.of("inserm-abroad-network"))
        .addName(Name.of("Inserm Abroad Network", "en", NameKind.DISPLAY)).addType(OrganizationType.CONSORTIUM)
        .addFigure(Quantity.of(QuantityQualifier.EXACT, 9, "researchers")).build();
    String json = JSON.write(network);
    assertTrue(json.endsWith(",\"figures\":[{\"value\":9,\"unit\":\"researchers\",\"qualifier\":\"exact\"}]}"), json);
    assertEquals(network, JSON.read(json, Organization.class));
  }

  @Test
  void readsADocumentWithoutTheNewPropertiesAsBefore() {
    Partnership p = JSON.read(PARTNERSHIP + "}", Partnership.class);
    assertEquals(List.of(), p.fundings());
    assertEquals(List.of(), p.figures());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      amount as a number          | "fundings":[{"funder":"z","amount":{"amount":750000,"currency":"EUR"}}]      | json.wrong-type       | /fundings/0/amount/amount
      amount with an exponent     | "fundings":[{"funder":"z","amount":{"amount":"1E6","currency":"EUR"}}]       | json.invalid-value    | /fundings/0/amount/amount
      amount with a leading zero  | "fundings":[{"funder":"z","amount":{"amount":"0750","currency":"EUR"}}]      | json.invalid-value    | /fundings/0/amount/amount
      amount with a comma         | "fundings":[{"funder":"z","amount":{"amount":"750000,00","currency":"EUR"}}] | json.invalid-value    | /fundings/0/amount/amount
      amount ending in a point    | "fundings":[{"funder":"z","amount":{"amount":"750.","currency":"EUR"}}]      | json.invalid-value    | /fundings/0/amount/amount
      negative amount             | "fundings":[{"funder":"z","amount":{"amount":"-5","currency":"EUR"}}]        | json.invalid-value    | /fundings/0/amount/amount
      seven decimals              | "fundings":[{"funder":"z","amount":{"amount":"0.1234567","currency":"EUR"}}] | json.invalid-value    | /fundings/0/amount/amount
      nineteen digits             | "fundings":[{"funder":"z","amount":{"amount":"1234567890123456789","currency":"EUR"}}] | json.invalid-value | /fundings/0/amount/amount
      null amount                 | "fundings":[{"funder":"z","amount":{"amount":null,"currency":"EUR"}}]        | json.null             | /fundings/0/amount/amount
      lower-case currency         | "fundings":[{"funder":"z","amount":{"amount":"5","currency":"eur"}}]         | json.invalid-value    | /fundings/0/amount/currency
      no currency                 | "fundings":[{"funder":"z","amount":{"amount":"5"}}]                          | json.missing-property | /fundings/0/amount
      unknown qualifier           | "fundings":[{"funder":"z","amount":{"amount":"5","currency":"EUR","qualifier":"roughly"}}] | json.unknown-code | /fundings/0/amount/qualifier
      funding without funder      | "fundings":[{"code":"123"}]                                                  | json.missing-property | /fundings/0
      blank grant code            | "fundings":[{"funder":"z","code":" "}]                                       | json.invalid-value    | /fundings/0/code
      unknown funding property    | "fundings":[{"funder":"z","grant":"123"}]                                    | json.unknown-property | /fundings/0/grant
      instrument amount not money | "instruments":[{"kind":"stimulation-fund","amount":"5"}]                     | json.wrong-type       | /instruments/0/amount
      figure without unit         | "figures":[{"value":9}]                                                      | json.missing-property | /figures/0
      """)
  void rejectsABadValueAtItsPointerAndSoDoesTheSchema(String name, String properties, String rule, String pointer) {
    String json = PARTNERSHIP + "," + properties + "}";
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.read(json, Partnership.class));
    assertEquals(rule, e.rule().code(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    List<Error> errors = SchemaValidationTest.validate("partnership", json);
    // an unknown property is reported at its object, every other problem at or below the value
    assertTrue(errors.stream().map(error -> error.getInstanceLocation().toString())
            .anyMatch(at -> at.startsWith(pointer) || !at.isEmpty() && pointer.startsWith(at + "/")),
        name + ": the schema must reject what the reader rejects, at " + pointer + "; got:\n"
            + errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      whole amount                | "fundings":[{"funder":"z","amount":{"amount":"750000","currency":"EUR"}}]
      zero                        | "fundings":[{"funder":"z","amount":{"amount":"0","currency":"JPY"}}]
      largest and finest          | "fundings":[{"funder":"z","amount":{"amount":"999999999999999999.999999","currency":"EUR"}}]
      funder only                 | "fundings":[{"funder":"z"}]
      instrument with an amount   | "instruments":[{"kind":"stimulation-fund","amount":{"amount":"0.50","currency":"CHF","qualifier":"at-least"}}]
      figures                     | "figures":[{"value":2.5,"unit":"percent","qualifier":"about"}]
      """)
  void acceptsAGoodValueAndSoDoesTheSchema(String name, String properties) {
    String json = PARTNERSHIP + "," + properties + "}";
    Partnership p = JSON.read(json, Partnership.class);
    assertEquals(p, JSON.read(JSON.write(p), Partnership.class));
    assertEquals(List.of(), SchemaValidationTest.validate("partnership", json), name);
  }

  @Test
  void anUnknownCurrencyIsTheReadersRuleAloneAsTheSchemaCannotListTheJdksCurrencies() {
    String json = PARTNERSHIP + ",\"fundings\":[{\"funder\":\"z\",\"amount\":{\"amount\":\"5\",\"currency\":\"XYZ\"}}]}";
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class, () -> JSON.read(json, Partnership.class));
    assertEquals("/fundings/0/amount/currency", e.pointer());
    assertTrue(e.detail().contains("must be an ISO 4217 currency code"), e.detail());
    assertEquals(List.of(), SchemaValidationTest.validate("partnership", json));
  }
}
