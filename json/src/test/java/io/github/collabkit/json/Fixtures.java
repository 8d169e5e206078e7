package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A small hand-made dataset in the seeds' world, and helpers to load test resources. */
final class Fixtures {
  private Fixtures() {}

  static final SourceRef SOURCE = SourceRef.of("lumc-news-2021");

  static Organization lumc() {
    return Organization.builder()
        .ref(OrganizationRef.of("lumc"))
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL))
        .addName(Name.acronym("LUMC"))
        .addType(OrganizationType.UMC)
        .sector(Sector.PUBLIC)
        .location(Location.of("NL", "Leiden"))
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "05xvt9f17"))
        .addSource(SOURCE)
        .build();
  }

  static Organization leidenUniversity() {
    return Organization.builder()
        .ref(OrganizationRef.of("leiden-university"))
        .addName(Name.of("Leiden University", "en", NameKind.DISPLAY))
        .addName(Name.of("Universiteit Leiden", "nl", NameKind.LABEL))
        .addType(OrganizationType.UNIVERSITY)
        .location(Location.of("NL", "Leiden"))
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "https://ror.org/027bh9e22"))
        .established(PartialDate.ofYear(1575))
        .addSource(SOURCE)
        .build();
  }

  static Partnership partnership() {
    return Partnership.builder()
        .ref(PartnershipRef.of("lumc-ul-2021"))
        .title(LocalizedText.enNl("Collaboration of LUMC and Leiden University",
            "Samenwerking van LUMC en Universiteit Leiden"))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .addParty(Participation.of(OrganizationRef.of("lumc"), PartyRole.PARTNER))
        .addParty(Participation.of(OrganizationRef.of("leiden-university"), PartyRole.PARTNER))
        .period(Period.between(PartialDate.ofYear(2021), PartialDate.of(2025, 7)))
        .addTheme("regenerative-medicine")
        .addSource(SOURCE)
        .build();
  }

  static Infrastructure infrastructure() {
    return Infrastructure.builder()
        .ref(InfrastructureRef.of("infect-nl"))
        .addName(Name.acronym("INFECT-NL"))
        .addKind(InfrastructureKind.NATIONAL_RESEARCH_INFRASTRUCTURE)
        .addOrganization(InfrastructureParticipation.of(OrganizationRef.of("lumc"), InfrastructureRole.INITIATOR))
        .addAccess(AccessTerm.of(AccessAudience.ACADEMIC_PARTNERS))
        .addFigure(Quantity.builder().qualifier(QuantityQualifier.MORE_THAN).value(440000).unit("participants")
            .label(LocalizedText.enNl("participants in cohorts", "deelnemers aan cohorten")).build())
        .addFigure(Quantity.of(QuantityQualifier.EXACT, 2.5, "years"))
        .addSource(SOURCE)
        .build();
  }

  static Landscape landscape() {
    return Landscape.builder()
        .name("Leiden example")
        .description(LocalizedText.enNl("A few facts about Leiden for tests.", "Enkele feiten over Leiden voor tests."))
        .addSource(Source.builder().ref(SOURCE).title(LocalizedText.of("nl", "Nieuwsbericht"))
            .type(SourceType.NEWS_ARTICLE).date(PartialDate.of(2021, 3, 2)).language("nl").build())
        .addConcept(Concept.of("theme", "regenerative-medicine",
            LocalizedText.enNl("Regenerative medicine", "Regeneratieve geneeskunde")))
        .addOrganization(lumc())
        .addOrganization(leidenUniversity())
        .addPartnership(partnership())
        .addInfrastructure(infrastructure())
        .addStrategy(Strategy.builder().ref(StrategyRef.of("leiden-2025"))
            .title(LocalizedText.of("en", "Leiden strategy"))
            .addOwner(OrganizationRef.of("lumc"))
            .period(Period.between(PartialDate.ofYear(2025), PartialDate.ofYear(2030)))
            .addSource(SOURCE)
            .build())
        .build();
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        fail("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
