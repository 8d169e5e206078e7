package io.github.collabkit.json.data;

import io.github.collabkit.json.CollabkitJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.StatementBasis;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.match.Importance;
import io.github.collabkit.match.InfrastructureMatch;
import io.github.collabkit.match.InfrastructureMatcher;
import io.github.collabkit.match.Requester;
import io.github.collabkit.match.ResearchNeed;
import io.github.collabkit.match.Usability;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Lists, per seed document, the facts the bundled dataset must hold, and checks each through the
 * public model API. One dynamic test per fact, named by the fact, grouped by seed.
 */
class BundledLandscapeFactsTest {

  private static final Landscape L = CollabkitJson.bundledLandscape();

  private static final List<String> SEVEN_UMCS = List.of(
      "lumc", "erasmus-mc", "radboudumc", "amsterdam-umc", "umc-utrecht", "umcg", "mumc");

  @TestFactory
  Stream<DynamicContainer> factsPerSeed() {
    return Stream.of(
        seed("seed 000 (2022-01): LUMC and Leiden University research IT", seed000()),
        seed("seed 001 (undated): LUMC, Leiden University and Janssen", seed001()),
        seed("seed 002 (undated): research infrastructures of the umc's", seed002()),
        seed("seed 003 (2025-07): LUMC and Inserm, RegMed XB, Alrijne", seed003()),
        seed("seed 004 (undated): UMCG, RUG and University of Twente", seed004()),
        seed("all seeds: names, identifiers and provenance", general()));
  }

  private static List<DynamicTest> seed000() {
    Partnership p2021 = partnership("lumc-ul-2021");
    Partnership p2018 = partnership("lumc-ul-2018");
    return List.of(
        fact("seed 000 is dated January 2022", () ->
            assertEquals(PartialDate.of(2022, 1), source("seed-000").date().orElseThrow())),
        fact("the 2021 agreement is a signed collaboration agreement of LUMC and Leiden University", () -> {
          assertEquals(PartnershipKind.COLLABORATION_AGREEMENT, p2021.kind());
          assertEquals(PartnershipStatus.SIGNED, p2021.status());
          assertEquals(refs("lumc", "leiden-university"), p2021.organizations());
        }),
        fact("it was signed shortly before Christmas 2021 by video call", () -> {
          SigningEvent s = p2021.signing().orElseThrow();
          assertEquals(PartialDate.of(2021, 12), s.date());
          assertEquals(DateQualifier.BEFORE, s.dateQualifier().orElseThrow());
          assertEquals(SigningMode.VIDEO_CALL, s.mode().orElseThrow());
          assertTrue(s.occasion().text("en").contains("Christmas"));
        }),
        fact("Martijn Ridderbos signed for Leiden University, Kim Smit for LUMC", () ->
            assertEquals(List.of(
                Signatory.of(PersonRef.of("martijn-ridderbos"), OrganizationRef.of("leiden-university")),
                Signatory.of(PersonRef.of("kim-smit"), OrganizationRef.of("lumc"))), p2021.signatories())),
        fact("Martijn Ridderbos is vice-president of Leiden University's Executive Board", () -> {
          Person p = person("martijn-ridderbos");
          assertEquals(OrganizationRef.of("leiden-university"), p.roles().get(0).organization());
          assertEquals("Vicevoorzitter van het College van Bestuur", p.roles().get(0).title().text("nl"));
        }),
        fact("Kim Smit is a member of LUMC's Executive Board", () -> {
          Person p = person("kim-smit");
          assertTrue(p.hasRoleAt(OrganizationRef.of("lumc")));
          assertEquals("Lid van de Raad van Bestuur", p.roles().get(0).title().text("nl"));
        }),
        fact("the agreement has three work areas: HPC, research data, data centres", () -> {
          assertEquals(3, p2021.workAreas().size());
          assertEquals(infraRefs("lumc-hpc", "ul-hpc"), p2021.workAreas().get(0).infrastructures());
          assertEquals(infraRefs("lumc-ul-research-data-storage"), p2021.workAreas().get(1).infrastructures());
          assertEquals(infraRefs("lumc-data-center", "ul-data-center"), p2021.workAreas().get(2).infrastructures());
        }),
        fact("the HPC systems are compute infrastructures owned by LUMC and Leiden University", () -> {
          assertTrue(infrastructure("lumc-hpc").kinds().contains(InfrastructureKind.COMPUTE));
          assertTrue(infrastructure("lumc-hpc").organizations().contains(
              InfrastructureParticipation.of(OrganizationRef.of("lumc"), InfrastructureRole.OWNER)));
          assertTrue(infrastructure("ul-hpc").organizations().contains(
              InfrastructureParticipation.of(OrganizationRef.of("leiden-university"), InfrastructureRole.OWNER)));
        }),
        fact("the data centres host research equipment", () -> {
          assertTrue(infrastructure("lumc-data-center").kinds().contains(InfrastructureKind.DATA_CENTER));
          assertTrue(infrastructure("ul-data-center").capabilities().contains("equipment-hosting"));
        }),
        fact("in 2018 LUMC and Leiden University agreed to build a research supercomputer", () -> {
          assertEquals(PartialDate.ofYear(2018), p2018.signing().orElseThrow().date());
          assertEquals(infraRefs("lumc-ul-supercomputer"), p2018.infrastructures());
          assertTrue(infrastructure("lumc-ul-supercomputer").kinds().contains(InfrastructureKind.COMPUTE));
        }),
        fact("the 2021 agreement continues the 2018 agreement", () ->
            assertEquals(List.of(PartnershipLink.of(PartnershipRelationKind.CONTINUES, PartnershipRef.of("lumc-ul-2018"))),
                p2021.links())),
        fact("Population Health is one of LUMC's strategic spearheads, and the 2021 agreement serves it", () -> {
          assertTrue(actionLine("lumc-population-health").label().text("en").contains("Population Health"));
          assertTrue(strategy("lumc-spearheads").actionLines().contains(actionLine("lumc-population-health")));
          assertTrue(p2021.actionLines().contains(ActionLineRef.of("lumc-population-health")));
          assertTrue(p2021.themes().contains("population-health"));
        }),
        fact("the supercomputer is planned as of 2018; the source does not say what became of it", () -> {
          Infrastructure sc = infrastructure("lumc-ul-supercomputer");
          assertEquals(InfrastructureStatus.PLANNED, sc.status());
          assertEquals(PartialDate.ofYear(2018), sc.statusAsOf().orElseThrow());
          assertEquals(StatementBasis.STATED, statement(sc.statements(), "/status").basis());
        }),
        fact("the 2021 agreement's facts come from seed 000", () ->
            assertEquals(List.of(SourceRef.of("seed-000")), p2021.sources())));
  }

  private static List<DynamicTest> seed001() {
    Partnership alliance = partnership("lumc-ul-janssen-alliance");
    Partnership trial = partnership("janssen-covid-vaccine-phase2");
    return List.of(
        fact("seed 001 is undated", () -> assertTrue(source("seed-001").date().isEmpty())),
        fact("the alliance's three parties are LUMC, Leiden University and Janssen (not CHDR)", () -> {
          assertEquals(refs("lumc", "leiden-university", "janssen"), alliance.organizations());
          assertTrue(!alliance.involves(OrganizationRef.of("chdr")));
        }),
        fact("the alliance is an agreed strategic partnership", () -> {
          assertEquals(PartnershipKind.STRATEGIC_PARTNERSHIP, alliance.kind());
          assertEquals(PartnershipStatus.SIGNED, alliance.status());
        }),
        fact("the alliance intensifies the existing drug development collaboration of the three", () -> {
          assertEquals(List.of(PartnershipLink.of(PartnershipRelationKind.INTENSIFIES,
              PartnershipRef.of("lumc-ul-janssen-existing"))), alliance.links());
          Partnership existing = partnership("lumc-ul-janssen-existing");
          assertEquals(alliance.organizations(), existing.organizations());
          assertTrue(existing.themes().contains("drug-development"));
        }),
        fact("LUMC Parasitology and CHDR take part in the phase 2 trial of Janssen's coronavirus vaccine", () -> {
          assertEquals(refs("janssen", "lumc-parasitology", "chdr"), trial.organizations());
          assertTrue(trial.themes().containsAll(Set.of("vaccines", "clinical-research")));
        }),
        fact("Parasitology is a department of LUMC", () -> {
          Organization dept = organization("lumc-parasitology");
          assertEquals(OrganizationRef.of("lumc"), dept.parent().orElseThrow());
          assertTrue(dept.is(OrganizationType.DEPARTMENT));
          assertTrue(L.unitsOf(OrganizationRef.of("lumc")).contains(dept));
        }),
        fact("LUMC researches clinical AI applications with Philips", () -> {
          Partnership ai = partnership("lumc-philips-ai");
          assertEquals(refs("lumc", "philips"), ai.organizations());
          assertTrue(ai.themes().contains("artificial-intelligence"));
          assertEquals(PartnershipStatus.ACTIVE, ai.status());
        }),
        fact("Philips is a health technology company", () -> {
          assertTrue(organization("philips").is(OrganizationType.COMPANY));
          assertEquals(Sector.PRIVATE_FOR_PROFIT, organization("philips").sector().orElseThrow());
        }),
        fact("the alliance aims at fighting infectious diseases by aligning clinical processes", () ->
            assertTrue(alliance.workAreas().get(0).themes().contains("infectious-diseases"))),
        fact("the partners may use each other's research facilities and exchange staff for teaching", () ->
            assertEquals(List.of(InstrumentKind.SHARED_FACILITIES, InstrumentKind.STAFF_EXCHANGE),
                alliance.instruments().stream().map(i -> i.kind()).collect(Collectors.toList()))),
        fact("joint data analysis serves drug development, eHealth and drug delivery", () ->
            assertTrue(alliance.workAreas().get(1).themes().containsAll(Set.of("drug-development", "ehealth", "drug-delivery")))),
        fact("the organisations consider supervising master's and postdoc projects, internships and talent profiles", () -> {
          assertEquals(3, alliance.ambitions().size());
          assertTrue(alliance.ambitions().get(0).description().text("en").contains("postdoc"));
          assertTrue(alliance.ambitions().get(1).description().text("en").contains("internships"));
          assertTrue(alliance.ambitions().get(2).description().text("en").contains("talent profiles"));
        }),
        fact("the alliance states no contribution per party: the source gives one only as an example", () ->
            alliance.parties().forEach(p -> assertTrue(p.contribution().isEmpty(), p.organization().key()))),
        fact("the alliance states no geographic scope (it is about infectious diseases worldwide)", () ->
            assertTrue(alliance.scope().isEmpty())),
        fact("the trial is of Janssen's candidate vaccine; Janssen is not its lead, and its role is marked inferred", () -> {
          assertEquals(PartyRole.CONTRIBUTOR, party(trial, "janssen").role());
          assertTrue(trial.parties().stream().noneMatch(p -> p.role() == PartyRole.LEAD));
          assertEquals(StatementBasis.INFERRED, statement(trial.statements(), "/parties/0/role").basis());
        }),
        fact("Janssen's seat is not stated, and that it is a company is marked inferred", () -> {
          Organization janssen = organization("janssen");
          assertTrue(janssen.location().isEmpty());
          assertEquals(StatementBasis.INFERRED, statement(janssen.statements(), "/types").basis());
        }),
        fact("CHDR is the Centre for Human Drug Research in Leiden", () -> {
          Organization chdr = organization("chdr");
          assertEquals("Centre for Human Drug Research", chdr.displayName());
          assertTrue(chdr.names().contains(Name.acronym("CHDR")));
          assertEquals("Leiden", chdr.location().orElseThrow().city().orElseThrow());
        }));
  }

  private static List<DynamicTest> seed002() {
    Infrastructure ncc = infrastructure("ncc");
    Infrastructure infect = infrastructure("infect-nl");
    Strategy strategy = strategy("umc-strategy-2025-2030");
    return List.of(
        fact("NCC pools 11 long-running studies", () ->
            assertEquals(Quantity.builder().value(11).unit("studies").qualifier(QuantityQualifier.EXACT).build()
                .withLabel(ncc.figures().get(0).label()), ncc.figures().get(0))),
        fact("NCC holds data of more than 440,000 Dutch people, its MIABIS participants", () -> {
          Quantity participants = ncc.collection().orElseThrow().participants().orElseThrow();
          assertEquals(440_000, participants.value());
          assertEquals("participants", participants.unit());
          assertEquals(QuantityQualifier.MORE_THAN, participants.qualifier());
          assertTrue(ncc.figures().stream().noneMatch(f -> f.unit().equals("participants")), "counted once, in the profile");
        }),
        fact("the seeds state no ages, data categories, materials or use conditions of a cohort or biobank", () -> {
          CollectionProfile profile = ncc.collection().orElseThrow();
          assertTrue(profile.minimumAge().isEmpty() && profile.maximumAge().isEmpty(), "'van jong tot oud' gives no ages");
          assertTrue(profile.dataCategories().isEmpty() && profile.materialTypes().isEmpty() && profile.useConditions().isEmpty());
          assertTrue(infrastructure("umc-biobanks").collection().isEmpty());
        }),
        fact("the seeds state no technology readiness level or life-cycle stage", () ->
            assertTrue(L.infrastructures().stream().allMatch(i -> i.readiness().isEmpty()))),
        fact("NCC spans more than 50 years of data collection", () -> {
          assertEquals(50, ncc.figures().get(1).value());
          assertEquals("years", ncc.figures().get(1).unit());
          assertEquals(QuantityQualifier.MORE_THAN, ncc.figures().get(1).qualifier());
        }),
        fact("NCC is an initiative from Maastricht (no organization named) and all seven umc's take part", () -> {
          assertEquals(List.of(), withRole(ncc, InfrastructureRole.INITIATOR));
          assertTrue(ncc.description().text("en").contains("an initiative from Maastricht"));
          assertEquals(Set.copyOf(refs(SEVEN_UMCS)), Set.copyOf(withRole(ncc, InfrastructureRole.PARTICIPANT)));
        }),
        fact("NCC is open to researchers from home and abroad", () ->
            assertTrue(ncc.isOpenTo(AccessAudience.ACADEMIC_PARTNERS))),
        fact("NCC is known as Nederlands Cohorten Consortium, and by no alias the source does not give", () -> {
          assertEquals("Nederlands Cohorten Consortium", ncc.displayName("nl"));
          assertTrue(ncc.names().stream().noneMatch(n -> n.value().equals("Dutch Cohort Consortium")));
        }),
        fact("INFECT-NL was initiated by LUMC, Radboudumc, Amsterdam UMC, UMC Utrecht and CHDR", () ->
            assertEquals(refs("lumc", "radboudumc", "amsterdam-umc", "umc-utrecht", "chdr"),
                withRole(infect, InfrastructureRole.INITIATOR))),
        fact("FAST and UMCNL contribute to INFECT-NL", () ->
            assertEquals(refs("fast", "umcnl"), withRole(infect, InfrastructureRole.CONTRIBUTOR))),
        fact("INFECT-NL is a national research infrastructure spanning early-phase to human infection studies", () -> {
          assertTrue(infect.kinds().contains(InfrastructureKind.NATIONAL_RESEARCH_INFRASTRUCTURE));
          assertTrue(infect.capabilities().containsAll(Set.of("early-phase-trials", "human-challenge-trials")));
          assertEquals(GeographicScope.NATIONAL, infect.scope().orElseThrow());
        }),
        fact("INFECT-NL offers standardised protocols, ethical review and a pandemic preparedness protocol", () ->
            assertTrue(infect.capabilities().containsAll(
                Set.of("standardised-protocols", "ethical-review", "pandemic-preparedness-protocol")))),
        fact("INFECTA is the contract research organisation of INFECT-NL", () -> {
          Infrastructure infecta = infrastructure("infecta");
          assertEquals(InfrastructureRef.of("infect-nl"), infecta.partOf().orElseThrow());
          assertTrue(infecta.kinds().contains(InfrastructureKind.CONTRACT_RESEARCH_ORGANIZATION));
        }),
        fact("INFECTA is developing a specialised facility", () -> {
          Infrastructure facility = infrastructure("infecta-facility");
          assertEquals(InfrastructureRef.of("infecta"), facility.partOf().orElseThrow());
          assertEquals(InfrastructureStatus.IN_DEVELOPMENT, facility.status());
        }),
        fact("all umc's have technology centres open to external partners in care, education and industry", () -> {
          Infrastructure tc = infrastructure("umc-technology-centres");
          assertEquals(Set.copyOf(refs(SEVEN_UMCS)), Set.copyOf(withRole(tc, InfrastructureRole.OWNER)));
          assertTrue(tc.isOpenTo(AccessAudience.PUBLIC_PARTNERS));
          assertTrue(tc.isOpenTo(AccessAudience.COMMERCIAL_PARTNERS));
          assertTrue(tc.capabilities().containsAll(Set.of("cell-and-stem-cell-lab", "sequencing", "imaging",
              "data-analysis", "clinical-research-support")));
        }),
        fact("the umc's list biobanks, imaging, data platforms, measurement equipment and medical libraries", () -> {
          assertTrue(infrastructure("umc-biobanks").kinds().contains(InfrastructureKind.BIOBANK));
          assertTrue(infrastructure("umc-imaging-facilities").kinds().contains(InfrastructureKind.IMAGING_FACILITY));
          assertTrue(infrastructure("umc-data-platforms").kinds().contains(InfrastructureKind.DATA_PLATFORM));
          assertTrue(infrastructure("umc-measurement-equipment").kinds().contains(InfrastructureKind.MEASUREMENT_EQUIPMENT));
          assertTrue(infrastructure("umc-medical-libraries").kinds().contains(InfrastructureKind.MEDICAL_LIBRARY));
        }),
        fact("the umc's open their infrastructures to regional partners such as GPs, hospitals and GGD", () ->
            assertTrue(infrastructure("umc-biobanks").access().get(0).conditions().text("nl").contains("GGD"))),
        fact("those partners are examples: the access lists are not exhaustive and name the kinds of users", () -> {
          for (String k : List.of("umc-biobanks", "umc-imaging-facilities", "umc-data-platforms",
              "umc-measurement-equipment", "umc-medical-libraries")) {
            Infrastructure i = infrastructure(k);
            assertTrue(!i.accessExhaustive(), k);
            assertEquals(Set.of(OrganizationType.GENERAL_PRACTICE, OrganizationType.HOSPITAL,
                OrganizationType.PUBLIC_HEALTH_SERVICE, OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES),
                i.access().get(0).targetUsers(), k);
          }
        }),
        fact("no access list of the seeds excludes anyone: a company's access to the umc imaging is not stated, not denied", () -> {
          L.infrastructures().stream().filter(i -> !i.access().isEmpty())
              .forEach(i -> assertTrue(!i.accessExhaustive(), i.key()));
          InfrastructureMatch imaging = InfrastructureMatcher.of(L).match(ResearchNeed.builder()
                  .capability("imaging", Importance.REQUIRED)
                  .requester(Requester.of(Set.of(OrganizationType.COMPANY), Sector.PRIVATE_FOR_PROFIT)).build())
              .matches().stream().filter(m -> m.infrastructure().key().equals("umc-imaging-facilities"))
              .findFirst().orElseThrow();
          assertEquals(Usability.NOT_STATED, imaging.usability());
        }),
        fact("GOUD is an academic workplace of Erasmus MC with Abrona, Amarant and Ipse de Bruggen", () -> {
          Partnership goud = partnership("goud");
          assertEquals(PartnershipKind.ACADEMIC_WORKPLACE, goud.kind());
          assertEquals(refs("erasmus-mc", "abrona", "amarant", "ipse-de-bruggen"), goud.organizations());
          assertEquals(infraRefs("goud-workplace"), goud.infrastructures());
          assertTrue(infrastructure("goud-workplace").kinds().contains(InfrastructureKind.ACADEMIC_WORKPLACE));
        }),
        fact("Abrona, Amarant and Ipse de Bruggen are care organisations", () ->
            Stream.of("abrona", "amarant", "ipse-de-bruggen").forEach(k ->
                assertTrue(organization(k).is(OrganizationType.CARE_ORGANIZATION), k))),
        fact("GOUD studies interventions such as strength training, light therapy and tapering antipsychotics", () ->
            assertTrue(partnership("goud").workAreas().get(1).description().text("en")
                .contains("strength training, light therapy and tapering off antipsychotics"))),
        fact("UMCG invests in AI through its Applied AI Accelerator Lab", () -> {
          Infrastructure lab = infrastructure("umcg-applied-ai-accelerator-lab");
          assertEquals(List.of(OrganizationRef.of("umcg")), withRole(lab, InfrastructureRole.OWNER));
          assertTrue(lab.capabilities().containsAll(Set.of("automatic-reporting", "ai-diagnostics", "speech-driven-workflows")));
        }),
        fact("UMCG is closely involved in the national AI Factory, still being realised", () -> {
          Infrastructure factory = infrastructure("national-ai-factory");
          assertEquals(List.of(OrganizationRef.of("umcg")), withRole(factory, InfrastructureRole.CONTRIBUTOR));
          assertEquals(InfrastructureStatus.IN_DEVELOPMENT, factory.status());
          assertTrue(factory.capabilities().containsAll(Set.of("hpc", "secure-data-processing", "ai-expertise")));
        }),
        fact("the joint strategy of the seven umc's runs 2025-2030", () -> {
          assertEquals(Set.copyOf(refs(SEVEN_UMCS)), Set.copyOf(strategy.owners()));
          assertEquals(PartialDate.ofYear(2025), strategy.period().orElseThrow().start().orElseThrow());
          assertEquals(PartialDate.ofYear(2030), strategy.period().orElseThrow().end().orElseThrow());
        }),
        fact("the strategy has four action lines with Dutch and English labels", () -> {
          assertEquals(List.of("Slimme concentratie", "Regionale samenwerking", "Interuniversitaire samenwerking",
                  "Publiek-private partnerschappen"),
              strategy.actionLines().stream().map(a -> a.label().text("nl")).collect(Collectors.toList()));
          assertEquals(List.of("Smart concentration", "Regional collaboration", "Inter-university collaboration",
                  "Public-private partnerships"),
              strategy.actionLines().stream().map(a -> a.label().text("en")).collect(Collectors.toList()));
        }),
        fact("regional collaboration concerns partners in the 0th, 1st and 2nd line", () -> {
          ActionLine regional = actionLine("regional-collaboration");
          assertTrue(regional.partnerTypes().containsAll(Set.of(OrganizationType.GENERAL_PRACTICE,
              OrganizationType.PUBLIC_HEALTH_SERVICE, OrganizationType.HOSPITAL)));
          assertTrue(regional.scopes().contains(GeographicScope.REGIONAL));
        }),
        fact("inter-university collaboration shares with mbo, universities of applied sciences and universities", () ->
            assertEquals(Set.of(OrganizationType.VOCATIONAL_SCHOOL, OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES,
                OrganizationType.UNIVERSITY), actionLine("interuniversity-collaboration").partnerTypes())),
        fact("public-private partnerships work with companies", () -> {
          assertEquals(Set.of(OrganizationType.COMPANY), actionLine("public-private-partnerships").partnerTypes());
          assertEquals(Set.of(Sector.PRIVATE_FOR_PROFIT), actionLine("public-private-partnerships").partnerSectors());
        }),
        fact("smart concentration pools facilities such as biobanks and technology centres", () ->
            assertTrue(actionLine("smart-concentration").infrastructureKinds().containsAll(
                Set.of(InfrastructureKind.BIOBANK, InfrastructureKind.TECHNOLOGY_CENTER)))),
        fact("the action lines' classification criteria are marked as collabkit's own rules", () -> {
          for (int i = 0; i < strategy.actionLines().size(); i++) {
            ActionLine line = strategy.actionLines().get(i);
            assertEquals(StatementBasis.EDITORIAL, statement(strategy.statements(), "/actionLines/" + i + "/keywords").basis(),
                line.key());
            if (!line.partnerTypes().isEmpty()) {
              assertEquals(StatementBasis.EDITORIAL,
                  statement(strategy.statements(), "/actionLines/" + i + "/partnerTypes").basis(), line.key());
            }
          }
        }),
        fact("the strategy aligns with the course of the ministry of VWS", () ->
            assertEquals(OrganizationRef.of("ministry-vws"), strategy.alignsWith().get(0).organization().orElseThrow())),
        fact("its principles are equality, regional coherence and public value", () ->
            assertEquals(List.of("Gelijkwaardigheid", "Regionale samenhang", "Publieke waarde"),
                strategy.principles().subList(0, 3).stream().map(p -> p.text("nl")).collect(Collectors.toList()))),
        fact("more than 90% of umc research is done with external partners", () -> {
          Quantity share = strategy.figures().get(0);
          assertEquals(90, share.value());
          assertEquals("percent", share.unit());
          assertEquals(QuantityQualifier.MORE_THAN, share.qualifier());
        }),
        fact("the seven umc's form one national network of regional hubs", () -> {
          Partnership network = partnership("dutch-umc-network");
          assertEquals(Set.copyOf(refs(SEVEN_UMCS)), Set.copyOf(network.organizations()));
          assertEquals(GeographicScope.NATIONAL, network.scope().orElseThrow());
          assertTrue(network.parties().stream().allMatch(p -> p.role() == PartyRole.MEMBER));
        }),
        fact("the ministry of VWS is a Dutch government body", () -> {
          assertTrue(organization("ministry-vws").is(OrganizationType.GOVERNMENT_BODY));
          assertTrue(organization("ministry-vws").names().contains(Name.acronym("VWS")));
        }));
  }

  private static List<DynamicTest> seed003() {
    Partnership ijl = partnership("lumc-inserm-ijl-2025");
    Partnership mou = partnership("regmedxb-inserm-mou-2025");
    Event ceremony = L.event(EventRef.of("fr-nl-signing-2025-07-02")).orElseThrow();
    return List.of(
        fact("seed 003 is dated July 2025", () ->
            assertEquals(PartialDate.of(2025, 7), source("seed-003").date().orElseThrow())),
        fact("the International Joint Lab is a signed joint lab of LUMC and Inserm", () -> {
          assertEquals(PartnershipKind.JOINT_LAB, ijl.kind());
          assertEquals(PartnershipStatus.SIGNED, ijl.status());
          assertTrue(ijl.involves(OrganizationRef.of("lumc")) && ijl.involves(OrganizationRef.of("inserm")));
        }),
        fact("it was signed on 2 July 2025 at the French residence in The Hague", () -> {
          SigningEvent s = L.signingOf(ijl).orElseThrow();
          assertEquals(PartialDate.of(2025, 7, 2), s.date());
          assertEquals("Franse residentie", s.place().text("nl"));
          assertEquals("Den Haag", s.city().orElseThrow());
          assertEquals(Location.of("NL", "Den Haag"), ceremony.location().orElseThrow());
        }),
        fact("three agreements were signed there; the two the source describes share the one event", () -> {
          assertEquals(List.of(ijl, mou), L.partnershipsSignedAt(ceremony.ref()));
          assertTrue(ceremony.description().text("en").contains("Three cooperation agreements"));
          assertTrue(ijl.signing().isEmpty() && mou.signing().isEmpty(), "the signing is the event's, not embedded");
        }),
        fact("Reinders and Samuel attended as signatories; the source names no host and no signatory of RegMed XB", () -> {
          assertEquals(List.of(PersonRef.of("marlies-reinders"), PersonRef.of("didier-samuel")),
              ceremony.attendees().stream().map(Attendee::person).collect(Collectors.toList()));
          assertTrue(ceremony.attendees().stream().allMatch(a -> a.roles().equals(Set.of(AttendeeRole.SIGNATORY))));
          assertTrue(ceremony.host().isEmpty());
          assertTrue(mou.signatories().isEmpty());
        }),
        fact("that the signing was in person is inferred from the place, not stated", () ->
            assertTrue(ceremony.statements().stream().anyMatch(st -> st.about().equals("/mode")
                && st.basis() == StatementBasis.INFERRED))),
        fact("dean Marlies Reinders signed for LUMC on behalf of its Executive Board, president Didier Samuel for Inserm", () -> {
          assertEquals(List.of(Signatory.of(PersonRef.of("marlies-reinders"), OrganizationRef.of("lumc"))
                  .withOnBehalfOf(LocalizedText.enNl("Executive Board", "Raad van Bestuur")),
              Signatory.of(PersonRef.of("didier-samuel"), OrganizationRef.of("inserm"))), ijl.signatories());
          assertEquals("Decaan", person("marlies-reinders").roles().get(0).title().text("nl"));
          assertEquals("Voorzitter", person("didier-samuel").roles().get(0).title().text("nl"));
        }),
        fact("LUMC Internal Medicine, led by Franck Lebrin and Ton Rabelink, is a party", () ->
            assertEquals(List.of(PersonRef.of("franck-lebrin"), PersonRef.of("ton-rabelink")),
                party(ijl, "lumc-internal-medicine").leaders())),
        fact("Inserm Physics for Medicine, led by Mickaël Tanter and Mathieu Pernot, is a party", () ->
            assertEquals(List.of(PersonRef.of("mickael-tanter"), PersonRef.of("mathieu-pernot")),
                party(ijl, "inserm-physics-for-medicine").leaders())),
        fact("Internal Medicine is a unit of LUMC and Physics for Medicine a unit of Inserm", () -> {
          assertEquals(OrganizationRef.of("lumc"), organization("lumc-internal-medicine").parent().orElseThrow());
          assertEquals(OrganizationRef.of("inserm"), organization("inserm-physics-for-medicine").parent().orElseThrow());
        }),
        fact("the joint lab is still to be founded and will develop imaging of small blood vessels", () -> {
          Infrastructure lab = infrastructure("lumc-inserm-joint-lab");
          assertEquals(InfrastructureStatus.PLANNED, lab.status());
          assertTrue(lab.capabilities().contains("microvascular-imaging"));
          assertEquals(infraRefs("lumc-inserm-joint-lab"), ijl.infrastructures());
        }),
        fact("the joint lab intensifies the existing LUMC-Inserm collaboration", () ->
            assertEquals(List.of(PartnershipLink.of(PartnershipRelationKind.INTENSIFIES,
                PartnershipRef.of("lumc-inserm-existing"))), ijl.links())),
        fact("the joint lab falls under LUMC's theme 'Samen met onze regio, binnen en buiten Nederland'", () -> {
          assertTrue(ijl.actionLines().contains(ActionLineRef.of("lumc-region-and-beyond")));
          assertEquals("Samen met onze regio, binnen en buiten Nederland",
              actionLine("lumc-region-and-beyond").label().text("nl"));
        }),
        fact("the technology will be developed further for regenerative medicine, a LUMC spearhead", () -> {
          assertTrue(ijl.themes().contains("regenerative-medicine"));
          assertTrue(ijl.actionLines().contains(ActionLineRef.of("lumc-regenerative-medicine")));
        }),
        fact("Inserm developed ultrasound technology that images whole organs down to microscopic level", () ->
            assertTrue(party(ijl, "inserm-physics-for-medicine").contribution().text("en").contains("Ultrasound"))),
        fact("the joint lab aims to apply the methods in clinical studies eventually", () ->
            assertTrue(ijl.ambitions().get(0).description().text("en").contains("clinical studies"))),
        fact("Franck Lebrin is a member of the Inserm Abroad Network", () -> {
          assertTrue(person("franck-lebrin").hasRoleAt(OrganizationRef.of("inserm-abroad-network")));
          assertEquals(OrganizationRef.of("inserm"), organization("inserm-abroad-network").parent().orElseThrow());
        }),
        fact("nine leading researchers around the world belong to the Inserm Abroad Network, as seed 003 states", () -> {
          Organization network = organization("inserm-abroad-network");
          assertEquals(List.of(Quantity.of(QuantityQualifier.EXACT, 9, "researchers")),
              network.figures().stream().map(q -> q.withLabel(io.github.collabkit.model.LocalizedText.empty())).collect(Collectors.toList()));
          Statement stated = statement(network.statements(), "/figures/0");
          assertEquals(StatementBasis.STATED, stated.basis());
          assertEquals(List.of(SourceRef.of("seed-003")), stated.sources());
        }),
        fact("RegMed XB and Inserm signed a memorandum of understanding on regenerative medicine on 2 July 2025", () -> {
          assertEquals(PartnershipKind.MEMORANDUM_OF_UNDERSTANDING, mou.kind());
          assertEquals(refs("regmed-xb", "inserm"), mou.organizations());
          assertEquals(PartialDate.of(2025, 7, 2), L.signingOf(mou).orElseThrow().date());
          assertTrue(mou.themes().contains("regenerative-medicine"));
          assertEquals(GeographicScope.INTERNATIONAL, mou.scope().orElseThrow());
        }),
        fact("the MoU was signed on the same occasion as the joint lab; the third agreement is undescribed", () -> {
          assertEquals(List.of(PartnershipLink.of(PartnershipRelationKind.RELATED, PartnershipRef.of("lumc-inserm-ijl-2025"))),
              mou.links());
          assertEquals(ijl.signedAt(), mou.signedAt());
        }),
        fact("RegMed XB is Regenerative Medicine Crossing Borders, and LUMC is a member of it (RegMed XB leads nothing stated)", () -> {
          assertEquals("Regenerative Medicine Crossing Borders", organization("regmed-xb").displayName());
          assertTrue(organization("lumc").relations().contains(
              OrganizationRelation.of(RelationKind.MEMBER_OF, OrganizationRef.of("regmed-xb"))));
          assertTrue(L.partnershipsOf(OrganizationRef.of("regmed-xb")).stream()
              .flatMap(p -> p.parties().stream()).noneMatch(p -> p.role() == PartyRole.LEAD));
        }),
        fact("Physics for Medicine is the Paris unit with ROR id 03y7m8990", () -> {
          Organization pm = organization("inserm-physics-for-medicine");
          assertEquals("03y7m8990", pm.identifier(IdentifierScheme.ROR).orElseThrow().value());
          assertEquals("Paris", pm.location().orElseThrow().city().orElseThrow());
          assertEquals(StatementBasis.REGISTRY, statement(pm.statements(), "/identifiers/0").basis());
        }),
        fact("LUMC's Breast Cancer Centre works with Alrijne Ziekenhuis on breast cancer care in their region", () -> {
          Partnership care = partnership("lumc-alrijne-breast-cancer");
          assertEquals(PartnershipKind.CARE_COLLABORATION, care.kind());
          assertTrue(care.involves(OrganizationRef.of("lumc-breast-cancer-centre")));
          assertTrue(care.involves(OrganizationRef.of("alrijne")));
          assertEquals(GeographicScope.REGIONAL, care.scope().orElseThrow());
          assertEquals(OrganizationRef.of("lumc"), organization("lumc-breast-cancer-centre").parent().orElseThrow());
        }),
        fact("Alrijne Ziekenhuis is a hospital in Leiden", () -> {
          assertTrue(organization("alrijne").is(OrganizationType.HOSPITAL));
          assertEquals("Alrijne Ziekenhuis", organization("alrijne").displayName("nl"));
        }),
        fact("LUMC's ambitions for 2028 are a strategy of their own, with three ambitions and principles of openness", () -> {
          Strategy lumc = strategy("lumc-ambitions-2028");
          assertEquals(PartialDate.ofYear(2028), lumc.period().orElseThrow().end().orElseThrow());
          assertEquals(List.of(OrganizationRef.of("lumc")), lumc.owners());
          assertTrue(lumc.principles().get(0).text("en").contains("reliable"));
          assertEquals(3, lumc.ambitions().size());
          lumc.ambitions().forEach(a -> assertEquals(PartialDate.ofYear(2028), a.horizon().orElseThrow()));
          assertEquals(List.of(SourceRef.of("seed-003")), lumc.sources());
        }),
        fact("regenerative medicine is a LUMC spearhead according to Lebrin, apart from the 2028 ambitions", () -> {
          Strategy spearheads = strategy("lumc-spearheads");
          assertTrue(spearheads.period().isEmpty());
          assertTrue(spearheads.actionLines().contains(actionLine("lumc-regenerative-medicine")));
          Statement lebrin = statement(spearheads.statements(), "/actionLines/1");
          assertEquals(PersonRef.of("franck-lebrin"), lebrin.accordingTo().orElseThrow());
          assertEquals(List.of(SourceRef.of("seed-003")), lebrin.sources());
          assertTrue(strategy("lumc-ambitions-2028").actionLines().stream()
              .noneMatch(a -> a.ref().equals(ActionLineRef.of("lumc-regenerative-medicine"))));
        }),
        fact("Inserm is the French research institute in Paris", () -> {
          Organization inserm = organization("inserm");
          assertEquals("FR", inserm.location().orElseThrow().countryCode());
          assertEquals("02vjkv261", inserm.identifier(IdentifierScheme.ROR).orElseThrow().value());
        }));
  }

  private static List<DynamicTest> seed004() {
    Partnership th = partnership("umcg-rug-ut-technology-health");
    return List.of(
        fact("seed 004 is undated", () -> assertTrue(source("seed-004").date().isEmpty())),
        fact("UMCG, RUG and University of Twente enter the strategic partnership 'Technology and Health'", () -> {
          assertEquals(PartnershipKind.STRATEGIC_PARTNERSHIP, th.kind());
          assertEquals(refs("umcg", "university-of-groningen", "university-of-twente"), th.organizations());
          assertEquals("Strategisch partnership Technologie en Gezondheid", th.title().text("nl"));
          assertTrue(th.themes().contains("technology-and-health"));
        }),
        fact("the partnership sets up a stimulation fund for research, education, innovation and valorisation", () -> {
          assertEquals(InstrumentKind.STIMULATION_FUND, th.instruments().get(0).kind());
          assertTrue(th.instruments().get(0).description().text("en").contains("valorisation"));
        }),
        fact("the seed gives no size of the stimulation fund and no funder, grant or amount, so none is recorded", () -> {
          assertTrue(th.instruments().get(0).amount().isEmpty());
          assertEquals(List.of(), L.partnerships().stream().flatMap(p -> p.fundings().stream()).collect(Collectors.toList()),
              "no seed names a funder, a grant or an amount of money");
          assertTrue(L.partnerships().stream().flatMap(p -> p.instruments().stream()).allMatch(i -> i.amount().isEmpty()));
        }),
        fact("its main goal is stronger translational research in medical technology", () ->
            assertTrue(th.workAreas().get(0).themes().containsAll(Set.of("translational-research", "medical-technology")))),
        fact("the institutions already work together in CMI-NEN on medical imaging", () -> {
          Infrastructure cmi = infrastructure("cmi-nen");
          assertEquals("Centre for Medical Imaging North East Netherlands", cmi.displayName("en"));
          assertEquals(Set.of(OrganizationRef.of("umcg"), OrganizationRef.of("university-of-groningen"),
              OrganizationRef.of("university-of-twente")), Set.copyOf(withRole(cmi, InfrastructureRole.PARTICIPANT)));
          assertTrue(cmi.capabilities().contains("cost-benefit-analysis"));
          assertTrue(th.infrastructures().contains(InfrastructureRef.of("cmi-nen")));
        }),
        fact("the SPRINT project keeps older people mobile", () -> {
          Partnership sprint = partnership("sprint");
          assertEquals(th.organizations(), sprint.organizations());
          assertTrue(sprint.themes().contains("healthy-ageing"));
        }),
        fact("they have long done joint research in neuroscience and regenerative medicine", () ->
            assertEquals(Set.of("neuroscience", "regenerative-medicine"), partnership("umcg-rug-ut-research").themes())),
        fact("the partnership intensifies SPRINT and the joint research", () ->
            assertEquals(List.of(
                PartnershipLink.of(PartnershipRelationKind.INTENSIFIES, PartnershipRef.of("sprint")),
                PartnershipLink.of(PartnershipRelationKind.INTENSIFIES, PartnershipRef.of("umcg-rug-ut-research"))),
                th.links())),
        fact("an intensive exchange of scientific staff is intended", () ->
            assertTrue(th.ambitions().get(0).description().text("en").contains("exchange of scientific staff"))),
        fact("a double master in medicine and technical medicine is a future ambition", () ->
            assertTrue(th.ambitions().get(1).description().text("en").contains("technical medicine"))),
        fact("a joint research school in neuroscience is a future ambition", () ->
            assertTrue(th.ambitions().get(2).description().text("en").contains("research school in neuroscience"))),
        fact("an education programme in innovation and entrepreneurship is being developed", () ->
            assertTrue(th.ambitions().get(3).description().text("en").contains("innovation and entrepreneurship"))),
        fact("the partnership may extend to German partners such as Oldenburg and Münster: prospective parties, stated by the seed", () -> {
          assertTrue(th.ambitions().get(4).description().text("en").contains("German partners"));
          List<OrganizationRef> prospective = th.parties().stream()
              .filter(p -> p.status() == ParticipationStatus.PROSPECTIVE).map(Participation::organization)
              .collect(Collectors.toList());
          assertEquals(refs("university-of-oldenburg", "university-of-muenster"), prospective);
          assertEquals(refs("umcg", "university-of-groningen", "university-of-twente"), th.organizations());
          assertEquals(StatementBasis.STATED, statement(th.statements(), "/parties/3/status").basis());
          assertEquals(StatementBasis.STATED, statement(th.statements(), "/parties/4/status").basis());
          assertEquals("DE", organization("university-of-muenster").location().orElseThrow().countryCode());
          assertEquals("Oldenburg", organization("university-of-oldenburg").location().orElseThrow().city().orElseThrow());
        }),
        fact("RUG is the University of Groningen", () -> {
          Organization rug = organization("university-of-groningen");
          assertTrue(rug.names().contains(Name.acronym("RUG")));
          assertEquals("Rijksuniversiteit Groningen", rug.displayName("nl"));
        }),
        fact("the partnership is regional, for the north-east of the Netherlands (marked inferred)", () -> {
          assertEquals(GeographicScope.REGIONAL, th.scope().orElseThrow());
          assertEquals(StatementBasis.INFERRED, statement(th.statements(), "/scope").basis());
        }));
  }

  private static List<DynamicTest> general() {
    return List.of(
        fact("the seven umc's are there, each typed umc, with their ROR ids", () -> {
          List<String> ror = List.of("05xvt9f17", "018906e22", "05wg1m734", "05grdyy37", "0575yy874", "03cv38k47", "02d9ce178");
          for (int i = 0; i < SEVEN_UMCS.size(); i++) {
            Organization umc = organization(SEVEN_UMCS.get(i));
            assertTrue(umc.is(OrganizationType.UMC), umc.key());
            assertEquals(ror.get(i), umc.identifier(IdentifierScheme.ROR).orElseThrow().value(), umc.key());
          }
        }),
        fact("LUMC has its Dutch name, English name and acronym", () -> {
          Organization lumc = organization("lumc");
          assertEquals("Leiden University Medical Center", lumc.displayName("en"));
          assertEquals("Leids Universitair Medisch Centrum", lumc.displayName("nl"));
          assertTrue(lumc.names().contains(Name.acronym("LUMC")));
        }),
        fact("Maastricht UMC+ is known by that alias", () ->
            assertTrue(organization("mumc").names().contains(Name.of("Maastricht UMC+", "nl", NameKind.ALIAS)))),
        fact("Janssen has no ROR id (ROR has no record for it)", () ->
            assertTrue(organization("janssen").identifier(IdentifierScheme.ROR).isEmpty())),
        fact("every organisation, partnership, infrastructure and strategy names a source", () -> {
          L.organizations().forEach(o -> assertTrue(!o.sources().isEmpty(), o.key()));
          L.partnerships().forEach(p -> assertTrue(!p.sources().isEmpty(), p.key()));
          L.infrastructures().forEach(i -> assertTrue(!i.sources().isEmpty(), i.key()));
          L.strategies().forEach(s -> assertTrue(!s.sources().isEmpty(), s.key()));
          L.people().forEach(p -> assertTrue(!p.sources().isEmpty(), p.key()));
        }),
        fact("each seed is one source with its file name", () -> {
          for (String seed : List.of("000_11f623552192da1f.txt", "001_2a008dfe49eb093b.txt", "002_bff0137e0c0064ab.txt",
              "003_fe3c1a892046e226.txt", "004_d796e518c733e400.txt")) {
            assertEquals(1, L.sources().stream().filter(s -> s.seed().equals(java.util.Optional.of(seed))).count(), seed);
          }
        }),
        fact("every description, title and label is given in English and Dutch", () -> {
          L.partnerships().forEach(p -> assertEquals(Set.of("en", "nl"), p.description().languages(), p.key()));
          L.infrastructures().forEach(i -> assertEquals(Set.of("en", "nl"), i.description().languages(), i.key()));
          L.organizations().forEach(o -> assertEquals(Set.of("en", "nl"), o.description().languages(), o.key()));
          L.concepts().forEach(c -> assertEquals(Set.of("en", "nl"), c.label().languages(), c.code()));
        }),
        fact("LUMC's partnerships include the Leiden University, Janssen, Philips and Inserm agreements", () -> {
          List<PartnershipRef> keys = L.partnershipsOf(OrganizationRef.of("lumc")).stream()
              .map(Partnership::ref).collect(Collectors.toList());
          assertTrue(keys.containsAll(List.of(PartnershipRef.of("lumc-ul-2021"), PartnershipRef.of("lumc-ul-janssen-alliance"),
              PartnershipRef.of("lumc-philips-ai"), PartnershipRef.of("lumc-inserm-ijl-2025"))), keys.toString());
        }));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static DynamicContainer seed(String name, List<DynamicTest> facts) {
    return dynamicContainer(name + " [" + facts.size() + " facts]", facts);
  }

  private static DynamicTest fact(String fact, Executable check) {
    return dynamicTest(fact, check);
  }

  private static List<OrganizationRef> refs(String... keys) {
    return refs(Arrays.asList(keys));
  }

  private static List<OrganizationRef> refs(List<String> keys) {
    return keys.stream().map(OrganizationRef::of).collect(Collectors.toList());
  }

  private static List<InfrastructureRef> infraRefs(String... keys) {
    return Arrays.stream(keys).map(InfrastructureRef::of).collect(Collectors.toList());
  }

  private static List<OrganizationRef> withRole(Infrastructure i, InfrastructureRole role) {
    return i.organizations().stream().filter(p -> p.role() == role)
        .map(InfrastructureParticipation::organization).collect(Collectors.toList());
  }

  private static Participation party(Partnership p, String organization) {
    return p.parties().stream().filter(x -> x.organization().key().equals(organization)).findFirst()
        .orElseThrow(() -> new AssertionError(p.key() + " has no party " + organization));
  }

  private static Organization organization(String key) {
    return L.organization(OrganizationRef.of(key)).orElseThrow(() -> new AssertionError("no organization " + key));
  }

  private static Partnership partnership(String key) {
    return L.partnership(PartnershipRef.of(key)).orElseThrow(() -> new AssertionError("no partnership " + key));
  }

  private static Infrastructure infrastructure(String key) {
    return L.infrastructure(InfrastructureRef.of(key)).orElseThrow(() -> new AssertionError("no infrastructure " + key));
  }

  private static Strategy strategy(String key) {
    return L.strategy(StrategyRef.of(key)).orElseThrow(() -> new AssertionError("no strategy " + key));
  }

  private static ActionLine actionLine(String key) {
    return L.actionLine(ActionLineRef.of(key)).orElseThrow(() -> new AssertionError("no action line " + key));
  }

  private static Person person(String key) {
    return L.person(PersonRef.of(key)).orElseThrow(() -> new AssertionError("no person " + key));
  }

  private static Statement statement(List<Statement> statements, String about) {
    return statements.stream().filter(s -> s.about().equals(about)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement about " + about + " in " + statements));
  }

  private static Source source(String key) {
    return L.source(SourceRef.of(key)).orElseThrow(() -> new AssertionError("no source " + key));
  }

}
