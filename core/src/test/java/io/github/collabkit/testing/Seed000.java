package io.github.collabkit.testing;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.Ambition;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.DateQualifier;
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
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.WorkArea;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of seed 000 (the LUMC and Leiden University agreement on research IT, signed just before
 * Christmas 2021 by video call) as a {@link Landscape}, for tests. Identifiers come from the ROR
 * records of the two organizations; descriptions are our own words.
 */
public final class Seed000 {
  /** The date the validator takes as today in tests, so reports do not change with the calendar. */
  public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  /** The OrganizationRef of key {@code lumc}. */
  public static final OrganizationRef LUMC = OrganizationRef.of("lumc");
  /** The OrganizationRef of key {@code leiden-university}. */
  public static final OrganizationRef UL = OrganizationRef.of("leiden-university");
  /** The OrganizationRef of key {@code lumc-executive-board}. */
  public static final OrganizationRef LUMC_BOARD = OrganizationRef.of("lumc-executive-board");
  /** The OrganizationRef of key {@code leiden-university-executive-board}. */
  public static final OrganizationRef UL_BOARD = OrganizationRef.of("leiden-university-executive-board");
  /** The PersonRef of key {@code martijn-ridderbos}. */
  public static final PersonRef RIDDERBOS = PersonRef.of("martijn-ridderbos");
  /** The PersonRef of key {@code kim-smit}. */
  public static final PersonRef SMIT = PersonRef.of("kim-smit");
  /** The PartnershipRef of key {@code lumc-ul-2021}. */
  public static final PartnershipRef AGREEMENT_2021 = PartnershipRef.of("lumc-ul-2021");
  /** The PartnershipRef of key {@code lumc-ul-2018}. */
  public static final PartnershipRef SUPERCOMPUTER_2018 = PartnershipRef.of("lumc-ul-2018");
  /** The InfrastructureRef of key {@code lumc-hpc}. */
  public static final InfrastructureRef LUMC_HPC = InfrastructureRef.of("lumc-hpc");
  /** The InfrastructureRef of key {@code leiden-university-hpc}. */
  public static final InfrastructureRef UL_HPC = InfrastructureRef.of("leiden-university-hpc");
  /** The InfrastructureRef of key {@code lumc-research-data-storage}. */
  public static final InfrastructureRef LUMC_DATA = InfrastructureRef.of("lumc-research-data-storage");
  /** The InfrastructureRef of key {@code leiden-university-research-data-storage}. */
  public static final InfrastructureRef UL_DATA = InfrastructureRef.of("leiden-university-research-data-storage");
  /** The InfrastructureRef of key {@code lumc-data-center}. */
  public static final InfrastructureRef LUMC_DATA_CENTER = InfrastructureRef.of("lumc-data-center");
  /** The InfrastructureRef of key {@code leiden-university-data-center}. */
  public static final InfrastructureRef UL_DATA_CENTER = InfrastructureRef.of("leiden-university-data-center");
  /** The InfrastructureRef of key {@code lumc-ul-supercomputer}. */
  public static final InfrastructureRef SUPERCOMPUTER = InfrastructureRef.of("lumc-ul-supercomputer");
  /** The SourceRef of key {@code seed-000}. */
  public static final SourceRef SEED = SourceRef.of("seed-000");
  /** The SourceRef of key {@code ror}. */
  public static final SourceRef ROR = SourceRef.of("ror");

  private Seed000() {}

  /**
   * Returns the seed source of seed 000.
   *
   * @return the seed source
   */
  public static Source seedSource() {
    return Source.builder()
        .ref(SEED)
        .title(LocalizedText.enNl("LUMC and Leiden University sign a collaboration agreement on research IT",
            "LUMC en Universiteit Leiden sluiten samenwerkingsovereenkomst over onderzoeks-IT"))
        .type(SourceType.NEWS_ARTICLE)
        .date(PartialDate.of(2022, 1))
        .language("nl")
        .seed("000_11f623552192da1f.txt")
        .build();
  }

  /**
   * Returns the ror source of seed 000.
   *
   * @return the ror source
   */
  public static Source rorSource() {
    return Source.builder()
        .ref(ROR)
        .title(LocalizedText.of("en", "Research Organization Registry"))
        .type(SourceType.REGISTRY)
        .publisher("ROR")
        .url("https://ror.org")
        .language("en")
        .build();
  }

  /**
   * Returns the lumc of seed 000.
   *
   * @return the lumc
   */
  public static Organization lumc() {
    return Organization.builder()
        .ref(LUMC)
        .addName(Name.of("Leiden University Medical Center", "en", NameKind.DISPLAY))
        .addName(Name.of("Leids Universitair Medisch Centrum", "nl", NameKind.LABEL))
        .addName(Name.acronym("LUMC"))
        .addType(OrganizationType.UMC)
        .sector(Sector.PUBLIC)
        .location(Location.builder().countryCode("NL").city("Leiden").region("Zuid-Holland").build())
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "https://ror.org/05xvt9f17"))
        .addIdentifier(Identifier.of(IdentifierScheme.ISNI, "0000 0000 8945 2978"))
        .addIdentifier(Identifier.of(IdentifierScheme.GRID, "grid.10419.3d"))
        .addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q2406409"))
        .addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "https://www.lumc.nl"))
        .addRelation(OrganizationRelation.of(RelationKind.RELATED, UL))
        .addSources(SEED, ROR)
        .build();
  }

  /**
   * Returns the leiden university of seed 000.
   *
   * @return the leiden university
   */
  public static Organization leidenUniversity() {
    return Organization.builder()
        .ref(UL)
        .addName(Name.of("Leiden University", "en", NameKind.DISPLAY))
        .addName(Name.of("Universiteit Leiden", "nl", NameKind.LABEL))
        .addName(Name.acronym("UL"))
        .addType(OrganizationType.UNIVERSITY)
        .sector(Sector.PUBLIC)
        .location(Location.builder().countryCode("NL").city("Leiden").region("Zuid-Holland").build())
        .addIdentifier(Identifier.of(IdentifierScheme.ROR, "027bh9e22"))
        .addIdentifier(Identifier.of(IdentifierScheme.ISNI, "0000 0001 2312 1970"))
        .addIdentifier(Identifier.of(IdentifierScheme.GRID, "grid.5132.5"))
        .addIdentifier(Identifier.of(IdentifierScheme.WIKIDATA, "Q156598"))
        .addIdentifier(Identifier.of(IdentifierScheme.WEBSITE, "http://www.leiden.edu/"))
        .addRelation(OrganizationRelation.of(RelationKind.RELATED, LUMC))
        .addSources(SEED, ROR)
        .build();
  }

  private static Organization board(OrganizationRef key, OrganizationRef parent, String en, String nl) {
    return Organization.builder()
        .ref(key)
        .addName(Name.of(en, "en", NameKind.DISPLAY))
        .addName(Name.of(nl, "nl", NameKind.LABEL))
        .addType(OrganizationType.DEPARTMENT)
        .parent(parent)
        .addSource(SEED)
        .build();
  }

  /**
   * Returns the ridderbos of seed 000.
   *
   * @return the ridderbos
   */
  public static Person ridderbos() {
    return Person.builder()
        .ref(RIDDERBOS)
        .name("Martijn Ridderbos")
        .addRole(Role.of(LocalizedText.enNl("Vice-President of the Executive Board",
            "Vice-voorzitter van het College van Bestuur"), UL_BOARD))
        .addSource(SEED)
        .build();
  }

  /**
   * Returns the smit of seed 000.
   *
   * @return the smit
   */
  public static Person smit() {
    return Person.builder()
        .ref(SMIT)
        .name("Kim Smit")
        .addRole(Role.of(LocalizedText.enNl("Member of the Executive Board", "Lid van de Raad van Bestuur"),
            LUMC_BOARD))
        .addSource(SEED)
        .build();
  }

  private static Infrastructure infrastructure(InfrastructureRef key, String en, String nl, InfrastructureKind kind,
      OrganizationRef owner) {
    return Infrastructure.builder()
        .ref(key)
        .addName(Name.of(en, "en", NameKind.DISPLAY))
        .addName(Name.of(nl, "nl", NameKind.LABEL))
        .addKind(kind)
        .addOrganization(InfrastructureParticipation.of(owner, InfrastructureRole.OWNER))
        .addSource(SEED)
        .build();
  }

  private static AccessTerm sharedWithThePartner() {
    return AccessTerm.builder()
        .audience(AccessAudience.ACADEMIC_PARTNERS)
        .conditions(LocalizedText.enNl("Shared between LUMC and Leiden University under their 2021 agreement.",
            "Gedeeld tussen LUMC en Universiteit Leiden onder hun overeenkomst van 2021."))
        .build();
  }

  /**
   * Returns the infrastructures of seed 000.
   *
   * @return the infrastructures
   */
  public static List<Infrastructure> infrastructures() {
    return List.of(
        infrastructure(LUMC_HPC, "LUMC high-performance computing", "LUMC high-performance computing",
            InfrastructureKind.COMPUTE, LUMC).withAccess(sharedWithThePartner()).withCapabilities("hpc"),
        infrastructure(UL_HPC, "Leiden University high-performance computing",
            "High-performance computing Universiteit Leiden", InfrastructureKind.COMPUTE, UL)
            .withAccess(sharedWithThePartner()).withCapabilities("hpc"),
        infrastructure(LUMC_DATA, "LUMC research data storage", "Opslag van onderzoeksgegevens LUMC",
            InfrastructureKind.DATA_PLATFORM, LUMC),
        infrastructure(UL_DATA, "Leiden University research data storage",
            "Opslag van onderzoeksgegevens Universiteit Leiden", InfrastructureKind.DATA_PLATFORM, UL),
        infrastructure(LUMC_DATA_CENTER, "LUMC data centre", "Datacenter LUMC", InfrastructureKind.DATA_CENTER, LUMC),
        infrastructure(UL_DATA_CENTER, "Leiden University data centre", "Datacenter Universiteit Leiden",
            InfrastructureKind.DATA_CENTER, UL),
        infrastructure(SUPERCOMPUTER, "LUMC and Leiden University research supercomputer",
            "Supercomputer voor onderzoek van LUMC en Universiteit Leiden", InfrastructureKind.COMPUTE, LUMC)
            .withOrganizations(InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER),
                InfrastructureParticipation.of(UL, InfrastructureRole.OWNER))
            .withCapabilities("hpc")
            .withDescription(LocalizedText.enNl(
                "A supercomputer for research that LUMC and Leiden University agreed in 2018 to develop and build together.",
                "Een supercomputer voor onderzoek die LUMC en Universiteit Leiden in 2018 samen afspraken te ontwikkelen en te bouwen.")));
  }

  /**
   * Returns the supercomputer2018 of seed 000.
   *
   * @return the supercomputer2018
   */
  public static Partnership supercomputer2018() {
    return Partnership.builder()
        .ref(SUPERCOMPUTER_2018)
        .title(LocalizedText.enNl("Agreement to develop and build a research supercomputer",
            "Overeenkomst voor het samen ontwikkelen en bouwen van een supercomputer voor onderzoek"))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .status(PartnershipStatus.SIGNED)
        .addParty(Participation.of(LUMC, PartyRole.PARTNER))
        .addParty(Participation.of(UL, PartyRole.PARTNER))
        .signing(SigningEvent.on(PartialDate.ofYear(2018)))
        .addWorkArea(WorkArea.builder()
            .title(LocalizedText.enNl("Developing and building a supercomputer", "Ontwikkelen en bouwen van een supercomputer"))
            .addInfrastructure(SUPERCOMPUTER)
            .addTheme("research-computing")
            .build())
        .addInfrastructure(SUPERCOMPUTER)
        .addSource(SEED)
        .build();
  }

  /**
   * Returns the 2021 agreement, with every fact seed 000 gives about it.
   *
   * @return the partnership {@code lumc-ul-2021}
   */
  public static Partnership agreement2021() {
    return Partnership.builder()
        .ref(AGREEMENT_2021)
        .title(LocalizedText.enNl("Collaboration agreement on research IT between LUMC and Leiden University",
            "Samenwerkingsovereenkomst onderzoeks-IT tussen LUMC en Universiteit Leiden"))
        .kind(PartnershipKind.COLLABORATION_AGREEMENT)
        .status(PartnershipStatus.SIGNED)
        .description(LocalizedText.enNl(
            "The two Leiden institutions pool research IT: computing power, research data storage and data centres, "
                + "managed and supported together for economies of scale, with cooperation at strategic and "
                + "tactical-operational level.",
            "De twee Leidse instellingen bundelen hun onderzoeks-IT: rekenkracht, opslag van onderzoeksgegevens en "
                + "datacenters, met gezamenlijk beheer en ondersteuning voor schaalvoordeel, en samenwerking op "
                + "strategisch en tactisch-operationeel niveau."))
        .addParty(Participation.of(LUMC, PartyRole.PARTNER))
        .addParty(Participation.of(UL, PartyRole.PARTNER))
        .addSignatory(Signatory.of(RIDDERBOS, UL))
        .addSignatory(Signatory.of(SMIT, LUMC))
        .signing(SigningEvent.builder()
            .date(PartialDate.of(2021, 12))
            .dateQualifier(DateQualifier.BEFORE)
            .occasion(LocalizedText.enNl("Christmas", "Kerst"))
            .mode(SigningMode.VIDEO_CALL)
            .build())
        .addWorkArea(WorkArea.builder()
            .title(LocalizedText.enNl("Sharing computing power", "Delen van rekenkracht"))
            .description(LocalizedText.enNl(
                "Go on sharing computing power for data-intensive research through each other's HPC systems.",
                "Blijven delen van rekenkracht voor data-intensief onderzoek via elkaars HPC-systemen."))
            .addInfrastructures(LUMC_HPC, UL_HPC)
            .addTheme("research-computing")
            .build())
        .addWorkArea(WorkArea.builder()
            .title(LocalizedText.enNl("Research data storage and management", "Opslag en beheer van onderzoeksgegevens"))
            .description(LocalizedText.enNl("Work together on storing and managing research data.",
                "Samenwerken aan het opslaan en beheren van onderzoeksgegevens."))
            .addInfrastructures(LUMC_DATA, UL_DATA)
            .addTheme("research-data-management")
            .build())
        .addWorkArea(WorkArea.builder()
            .title(LocalizedText.enNl("Hosting research equipment in data centres",
                "Onderzoeksapparatuur hosten in datacenters"))
            .description(LocalizedText.enNl("Use each other's data centres more to host research equipment.",
                "Meer gebruikmaken van elkaars datacenters om onderzoeksapparatuur te hosten."))
            .addInfrastructures(LUMC_DATA_CENTER, UL_DATA_CENTER)
            .build())
        .addTheme("population-health")
        .addAmbition(Ambition.builder()
            .description(LocalizedText.enNl("Have other parts of both organizations follow this example.",
                "Navolging in andere delen van beide organisaties."))
            .build())
        .addLink(PartnershipLink.of(PartnershipRelationKind.EXTENDS, SUPERCOMPUTER_2018))
        .addSource(SEED)
        .build();
  }

  /**
   * Returns the concepts of seed 000.
   *
   * @return the concepts
   */
  public static List<Concept> concepts() {
    return List.of(
        Concept.of("theme", "research-computing", LocalizedText.enNl("Research computing", "Rekenkracht voor onderzoek")),
        Concept.of("theme", "research-data-management",
            LocalizedText.enNl("Research data management", "Beheer van onderzoeksgegevens")),
        Concept.of("theme", "population-health", LocalizedText.enNl("Population health", "Population health")),
        Concept.of("capability", "hpc", LocalizedText.enNl("High-performance computing", "High-performance computing")));
  }

  /**
   * Returns the whole landscape of seed 000.
   *
   * @return the landscape, valid with no errors or warnings as of {@link #TODAY}
   */
  public static Landscape landscape() {
    return Landscape.builder()
        .name("seed 000: LUMC and Leiden University research IT")
        .addSources(seedSource(), rorSource())
        .addAllConcepts(concepts())
        .addOrganizations(lumc(), leidenUniversity(),
            board(LUMC_BOARD, LUMC, "LUMC Executive Board", "Raad van Bestuur LUMC"),
            board(UL_BOARD, UL, "Leiden University Executive Board", "College van Bestuur Universiteit Leiden"))
        .addPeople(ridderbos(), smit())
        .addPartnerships(supercomputer2018(), agreement2021())
        .addAllInfrastructures(infrastructures())
        .build();
  }
}
