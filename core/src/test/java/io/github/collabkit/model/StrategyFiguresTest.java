package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.validate.LandscapeValidator;
import io.github.collabkit.validate.ValidationReport;
import io.github.collabkit.validate.ValidationRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures a strategy states, such as the share of umc research done with external partners. */
class StrategyFiguresTest {

  private static final Quantity MORE_THAN_90_PERCENT =
      Quantity.of(QuantityQualifier.MORE_THAN, 90, "percent");

  private static Strategy strategy(List<Quantity> figures) {
    return Strategy.builder()
        .ref(StrategyRef.of("umc-strategy-2025-2030"))
        .title(LocalizedText.enNl("Joint strategy 2025-2030", "Gezamenlijke strategie 2025-2030"))
        .addOwner(OrganizationRef.of("lumc"))
        .period(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)))
        .addAllFigures(figures)
        .addSource(SourceRef.of("seed-002"))
        .build();
  }

  private static Landscape landscape(Strategy strategy, boolean defineUnit) {
    Landscape.Builder builder = Landscape.builder().name("figures")
        .addOrganization(Organization.builder()
            .ref(OrganizationRef.of("lumc"))
            .addName(Name.acronym("LUMC"))
            .addType(OrganizationType.UMC)
            .addSource(SourceRef.of("seed-002"))
            .build())
        .addSource(Source.builder()
            .ref(SourceRef.of("seed-002"))
            .title(LocalizedText.of("nl", "De kracht van samenwerking"))
            .build())
        .addStrategy(strategy);
    if (defineUnit) {
      builder.addConcept(Concept.of("unit", "percent", LocalizedText.enNl("%", "%")));
    }
    return builder.build();
  }

  @Test
  void strategyHasNoFiguresByDefault() {
    assertEquals(List.of(), strategy(List.of()).figures());
  }

  @Test
  void strategyKeepsItsFiguresInOrder() {
    Quantity seven = Quantity.of(QuantityQualifier.EXACT, 7, "umcs");
    assertEquals(List.of(MORE_THAN_90_PERCENT, seven),
        strategy(List.of(MORE_THAN_90_PERCENT, seven)).figures());
  }

  @Test
  void acceptsFigureWhoseUnitIsDefined() {
    ValidationReport report = LandscapeValidator.create()
        .validate(landscape(strategy(List.of(MORE_THAN_90_PERCENT)), true));
    assertTrue(report.violations().isEmpty(), () -> report.violations().toString());
  }

  @Test
  void reportsFigureWhoseUnitIsUndefined() {
    ValidationReport report = LandscapeValidator.create()
        .validate(landscape(strategy(List.of(MORE_THAN_90_PERCENT)), false));
    assertEquals(1, report.violations().size(), () -> report.violations().toString());
    assertEquals(ValidationRule.UNDEFINED_CONCEPT, report.violations().get(0).rule());
    assertEquals("strategies[umc-strategy-2025-2030].figures[0].unit", report.violations().get(0).path());
  }
}
