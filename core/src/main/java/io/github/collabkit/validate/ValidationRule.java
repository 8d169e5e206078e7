package io.github.collabkit.validate;

import io.github.collabkit.model.Term;
import io.github.collabkit.model.Vocabulary;

/**
 * The rules {@link LandscapeValidator} checks across the entities of a landscape, each with a stable
 * code that appears in every {@link Violation} it raises and the severity it raises them at.
 *
 * <p>A controlled vocabulary: each constant has a stable {@linkplain #code() code}, Dutch and English
 * labels and a definition; see {@link Vocabulary}.
 */
public enum ValidationRule implements Vocabulary {
  /** Two entities of the same type, or two action lines, share a key. Code {@code key.duplicate}, severity error. */
  DUPLICATE_KEY("key.duplicate", Severity.ERROR, "Duplicate key", "Dubbele sleutel",
      "Two entities of the same type, or two action lines, share a key."),

  /** Two organizations hold the same registry identifier, such as one ROR id. Code {@code identifier.duplicate}, severity error. */
  DUPLICATE_IDENTIFIER("identifier.duplicate", Severity.ERROR, "Identifier held twice", "Identificatie dubbel gebruikt",
      "Two organizations hold the same registry identifier, such as one ROR id."),

  /** A reference names a key the landscape does not hold. Code {@code reference.dangling}, severity error. */
  DANGLING_REFERENCE("reference.dangling", Severity.ERROR, "Dangling reference", "Verwijzing naar niets",
      "A reference names a key the landscape does not hold."),

  /** Following parent organizations leads back to where it started. Code {@code cycle.parent}, severity error. */
  PARENT_CYCLE("cycle.parent", Severity.ERROR, "Cycle of parents", "Kringloop van moederorganisaties",
      "Following parent organizations leads back to where it started."),

  /** Following the infrastructures an infrastructure is part of leads back to it. Code {@code cycle.part-of}, severity error. */
  PART_OF_CYCLE("cycle.part-of", Severity.ERROR, "Cycle of part-of links", "Kringloop van onderdeel-van",
      "Following the infrastructures an infrastructure is part of leads back to it."),

  /** Following the partnerships a partnership continues leads back to it. Code {@code cycle.partnership-link}, severity error. */
  LINK_CYCLE("cycle.partnership-link", Severity.ERROR, "Cycle of partnership links", "Kringloop van samenwerkingsverbanden",
      "Following the partnerships a partnership continues leads back to it."),

  /** A signatory signed on behalf of an organization that is not a party. Code {@code signatory.not-a-party}, severity error. */
  SIGNATORY_NOT_A_PARTY("signatory.not-a-party", Severity.ERROR, "Signatory for a non-party", "Ondertekenaar namens een niet-partij",
      "A signatory signed on behalf of an organization that is not a party."),

  /** A signatory holds no role at the party, or a unit of it, they signed for. Code {@code signatory.no-role}, severity error. */
  SIGNATORY_WITHOUT_ROLE("signatory.no-role", Severity.ERROR, "Signatory without a role", "Ondertekenaar zonder functie",
      "A signatory holds no role at the party, or a unit of it, they signed for."),

  /** A partnership signed at an event names a signatory the event's attendees do not list as one. Code {@code event.signatory-not-attending}, severity warning. */
  SIGNATORY_NOT_ATTENDING("event.signatory-not-attending", Severity.WARNING, "Signatory not at the event", "Ondertekenaar niet bij de bijeenkomst",
      "A partnership signed at an event names a signatory the event's attendees do not list as one."),

  /** An event is not the signing of any partnership. Code {@code event.unused}, severity warning. */
  UNUSED_EVENT("event.unused", Severity.WARNING, "Event without agreements", "Bijeenkomst zonder overeenkomsten",
      "An event is not the signing of any partnership."),

  /** A person leading a party's work holds no role at that party or a unit of it. Code {@code leader.no-role}, severity warning. */
  LEADER_WITHOUT_ROLE("leader.no-role", Severity.WARNING, "Leader without a role", "Leider zonder functie",
      "A person leading a party's work holds no role at that party or a unit of it."),

  /** A status contradicts the period or signing date, such as an intended partnership with a signing event. Code {@code status.period-mismatch}, severity error. */
  STATUS_PERIOD_MISMATCH("status.period-mismatch", Severity.ERROR, "Status contradicts dates", "Status in strijd met data",
      "A status contradicts the period or signing date, such as an intended partnership with a signing event."),

  /** Dates contradict each other, such as a signing after the period ends or a partnership continuing a later one. Code {@code date.order}, severity warning. */
  DATE_ORDER("date.order", Severity.WARNING, "Dates out of order", "Data in verkeerde volgorde",
      "Dates contradict each other, such as a signing after the period ends or a partnership continuing a later one."),

  /** A MIABIS collection profile sits on an infrastructure that is no biobank, cohort or cohort consortium. Code {@code collection.kind}, severity warning. */
  COLLECTION_ON_OTHER_KIND("collection.kind", Severity.WARNING, "Collection profile on another kind", "Collectieprofiel bij een ander soort",
      "A MIABIS collection profile sits on an infrastructure that is no biobank, cohort or cohort consortium."),

  /** An infrastructure names no organization and is not part of one that does. Code {@code infrastructure.no-organization}, severity error. */
  INFRASTRUCTURE_WITHOUT_ORGANIZATION("infrastructure.no-organization", Severity.ERROR, "Infrastructure without organization", "Infrastructuur zonder organisatie",
      "An infrastructure names no organization and is not part of one that does."),

  /** An organization typed as a department names no parent. Code {@code unit.no-parent}, severity warning. */
  UNIT_WITHOUT_PARENT("unit.no-parent", Severity.WARNING, "Unit without parent", "Eenheid zonder moederorganisatie",
      "An organization typed as a department names no parent."),

  /** A theme or capability code is not defined as a concept of its scheme in the landscape. Code {@code concept.undefined}, severity warning. */
  UNDEFINED_CONCEPT("concept.undefined", Severity.WARNING, "Undefined concept", "Onbekend begrip",
      "A theme or capability code is not defined as a concept of its scheme in the landscape."),

  /** An organization, partnership, infrastructure, strategy or event records no source. Code {@code source.missing}, severity warning. */
  MISSING_SOURCE("source.missing", Severity.WARNING, "No source", "Geen bron",
      "An organization, partnership, infrastructure, strategy or event records no source.");

  private final Term term;
  private final Severity severity;

  ValidationRule(String code, Severity severity, String labelEn, String labelNl, String definition) {
    this.term = new Term(code, labelEn, labelNl, definition);
    this.severity = severity;
  }

  @Override
  public Term term() {
    return term;
  }

  /**
   * Returns the severity of the violations this rule raises.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code as it appears in JSON
   * @return the constant
   * @throws io.github.collabkit.model.UnknownCodeException when no constant has that code
   */
  public static ValidationRule fromCode(String code) {
    return Vocabulary.fromCode(ValidationRule.class, code);
  }
}
