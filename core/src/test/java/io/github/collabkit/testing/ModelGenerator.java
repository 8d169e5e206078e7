package io.github.collabkit.testing;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessMode;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.AccessType;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Alignment;
import io.github.collabkit.model.Ambition;
import io.github.collabkit.model.AmbitionStatus;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.AttendeeRole;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.DataCategory;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LifeCycleStage;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.MaterialType;
import io.github.collabkit.model.Money;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
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
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.Readiness;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.StatementBasis;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.UseCondition;
import io.github.collabkit.model.WorkArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Generates random, valid collabkit model values from a seed, for round-trip, schema and fuzz tests:
 * every model type, every field filled or left out, the awkward values of each field (see
 * {@link LandscapeGenerator} for landscapes shaped like the real world, at scale).
 *
 * <p>The same seed always gives the same values, so a failing case is reproduced from the seed its
 * test name carries. Values are valid for their own invariants (every {@code @Value.Check} holds)
 * but references need not resolve; {@link #landscape(int)} makes a dataset whose entities refer to
 * each other's keys. Texts mix Dutch, English, accents, quotes, backslashes, control characters and
 * characters outside the Basic Multilingual Plane, so escaping is exercised.
 *
 * <pre>{@code
 * ModelGenerator g = new ModelGenerator(42);
 * Organization o = g.organization();
 * Landscape l = g.landscape(100);
 * }</pre>
 */
public final class ModelGenerator {
  private static final String[] WORDS = {"Leiden", "Universitair", "Medisch", "Centrum", "umc", "LUMC",
      "INFECT-NL", "samenwerking", "research", "infrastructure", "Münster", "Ĳsselmeer", "café",
      "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "🧬", "Ω", "x\u0001y", "São Paulo", "Zürich",
      "regeneratieve", "geneeskunde", "<html>", "&amp;", "100%", "/slash/"};
  private static final String[] LANGUAGES = {"en", "nl", "de", "fr", "en-GB", "nl-BE", "fry"};

  private final Random random;
  private List<OrganizationRef> organizations = List.of();
  private List<PersonRef> people = List.of();
  private List<PartnershipRef> partnerships = List.of();
  private List<InfrastructureRef> infrastructures = List.of();
  private List<SourceRef> sources = List.of();
  private List<EventRef> events = List.of();

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same values
   */
  public ModelGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns a random value of a model type.
   *
   * @param type a model type built with a builder, or {@code Landscape}
   * @return the value
   * @throws IllegalArgumentException for other types
   */
  public Object any(Class<?> type) {
    String n = type.getSimpleName();
    switch (n) {
      case "Period": return period();
      case "Name": return name();
      case "Identifier": return identifier();
      case "Location": return location();
      case "OrganizationRelation": return organizationRelation();
      case "Organization": return organization();
      case "Role": return role();
      case "Person": return person();
      case "Participation": return participation();
      case "Signatory": return signatory();
      case "Statement": return statement();
      case "SigningEvent": return signingEvent();
      case "Attendee": return attendee();
      case "Event": return event();
      case "Readiness": return readiness(Set.of());
      case "CollectionProfile": return collectionProfile();
      case "WorkArea": return workArea();
      case "Instrument": return instrument();
      case "Ambition": return ambition();
      case "PartnershipLink": return PartnershipLink.of(pick(PartnershipRelationKind.values()), partnershipRef());
      case "Partnership": return partnership();
      case "InfrastructureParticipation": return infrastructureParticipation();
      case "AccessTerm": return accessTerm();
      case "Quantity": return quantity();
      case "Money": return money();
      case "Funding": return funding();
      case "Infrastructure": return infrastructure();
      case "Alignment": return alignment();
      case "ActionLine": return actionLine();
      case "Strategy": return strategy();
      case "Source": return source();
      case "Concept": return concept();
      case "Landscape": return landscape(1 + random.nextInt(12));
      default: throw new IllegalArgumentException("no generator for " + type);
    }
  }

  // ---- entities -------------------------------------------------------------------------------

  /**
   * Returns a dataset with about {@code size} entities of each kind that refer to one another.
   *
   * @param size entities of each kind
   * @return the dataset
   */
  public Landscape landscape(int size) {
    organizations = keys(size, OrganizationRef::of);
    people = keys(size, PersonRef::of);
    partnerships = keys(size, PartnershipRef::of);
    infrastructures = keys(size, InfrastructureRef::of);
    sources = keys(Math.max(1, size / 2), SourceRef::of);
    events = keys(random.nextInt(size / 2 + 1), EventRef::of);
    Landscape.Builder b = Landscape.builder().name(sentence()).description(maybeText());
    if (chance()) {
      b.license(pick(new String[] {"CC-BY-4.0", "CC0-1.0", "Apache-2.0 OR MIT", "https://example.org/terms?v=2"}));
    }
    if (chance()) {
      b.url("https://www." + code().replaceAll("[^a-z0-9]", "") + ".nl/data");
    }
    b.creators(set(0, 3, this::sentence));
    sources.forEach(k -> b.addSource(source().withRef(k)));
    for (int i = random.nextInt(size + 1); i > 0; i--) {
      b.addConcept(concept());
    }
    organizations.forEach(k -> b.addOrganization(organization().withParent(java.util.Optional.empty()).withRef(k)));
    people.forEach(k -> b.addPerson(person().withRef(k)));
    partnerships.forEach(k -> b.addPartnership(partnership().withRef(k)));
    infrastructures.forEach(k -> b.addInfrastructure(infrastructure().withPartOf(java.util.Optional.empty()).withRef(k)));
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addStrategy(strategy());
    }
    events.forEach(k -> b.addEvent(event().withRef(k)));
    Landscape l = b.build();
    organizations = List.of();
    people = List.of();
    partnerships = List.of();
    infrastructures = List.of();
    sources = List.of();
    events = List.of();
    return l;
  }

  /**
   * Returns a random organization.
   *
   * @return the organization
   */
  public Organization organization() {
    OrganizationRef key = organizationRef();
    Organization.Builder b = Organization.builder().ref(key)
        .names(list(1, 4, this::name))
        .types(set(1, 3, () -> pick(OrganizationType.values())))
        .identifiers(list(0, 3, this::identifier))
        .relations(list(0, 2, this::organizationRelation))
        .status(pick(OrganizationStatus.values()))
        .description(maybeText()).figures(list(0, 2, this::quantity))
        .sources(list(0, 2, this::sourceRef)).statements(list(0, 2, this::statement));
    if (chance()) {
      b.sector(pick(Sector.values()));
    }
    if (chance()) {
      b.location(location());
    }
    if (chance()) {
      OrganizationRef parent = organizationRef();
      if (!parent.equals(key)) {
        b.parent(parent);
      }
    }
    if (chance()) {
      b.established(date());
    }
    return b.build();
  }

  /**
   * Returns a random person.
   *
   * @return the person
   */
  public Person person() {
    return Person.builder().ref(personRef()).name(sentence()).roles(list(0, 3, this::role))
        .sources(list(0, 2, this::sourceRef)).statements(list(0, 2, this::statement)).build();
  }

  /**
   * Returns a random partnership.
   *
   * @return the partnership
   */
  public Partnership partnership() {
    List<Participation> parties = list(2, 4, this::participation);
    OrganizationRef first = parties.get(0).organization();
    long joined = parties.stream().filter(Participation::isJoined).map(Participation::organization).distinct().count();
    for (long n = joined; n < 2; n++) {
      parties.add(Participation.of(OrganizationRef.of(first.key() + "-other-" + n), PartyRole.PARTNER));
    }
    Partnership.Builder b = Partnership.builder().ref(partnershipRef()).title(text())
        .kind(pick(PartnershipKind.values())).status(pick(PartnershipStatus.values()))
        .description(maybeText()).parties(parties)
        .signatories(list(0, 2, this::signatory))
        .workAreas(list(0, 2, this::workArea)).themes(set(0, 3, this::code))
        .instruments(list(0, 2, this::instrument)).fundings(list(0, 2, this::funding))
        .figures(list(0, 2, this::quantity)).ambitions(list(0, 2, this::ambition))
        .links(list(0, 2, () -> PartnershipLink.of(pick(PartnershipRelationKind.values()), partnershipRef())))
        .infrastructures(list(0, 2, this::infrastructureRef))
        .actionLines(list(0, 2, () -> ActionLineRef.of(code())))
        .sources(list(0, 2, this::sourceRef)).statements(list(0, 2, this::statement));
    if (chance()) {
      b.signing(signingEvent());
    } else if (chance()) {
      b.signedAt(eventRef());
    }
    if (chance()) {
      b.period(period());
    }
    if (chance()) {
      b.scope(pick(GeographicScope.values()));
    }
    return b.build();
  }

  /**
   * Returns a random infrastructure.
   *
   * @return the infrastructure
   */
  public Infrastructure infrastructure() {
    InfrastructureRef key = infrastructureRef();
    Infrastructure.Builder b = Infrastructure.builder().ref(key).names(list(1, 3, this::name))
        .kinds(set(1, 3, () -> pick(InfrastructureKind.values()))).description(maybeText())
        .organizations(list(0, 3, this::infrastructureParticipation))
        .capabilities(set(0, 3, this::code)).themes(set(0, 3, this::code))
        .access(list(0, 2, this::accessTerm)).figures(list(0, 3, this::quantity))
        .coverage(maybeText()).status(pick(InfrastructureStatus.values()))
        .actionLines(list(0, 2, () -> ActionLineRef.of(code()))).sources(list(0, 2, this::sourceRef))
        .statements(list(0, 2, this::statement));
    if (chance()) {
      b.statusAsOf(date());
    }
    if (chance()) {
      b.accessExhaustive(b.build().access().isEmpty());
    }
    if (chance()) {
      b.scope(pick(GeographicScope.values()));
    }
    if (chance()) {
      InfrastructureRef partOf = infrastructureRef();
      if (!partOf.equals(key)) {
        b.partOf(partOf);
      }
    }
    if (chance()) {
      b.period(period());
    }
    Set<String> capabilities = b.build().capabilities();
    b.readiness(list(0, 2, () -> readiness(capabilities)).stream()
        .collect(java.util.stream.Collectors.toMap(Readiness::capability, r -> r, (x, y) -> x, java.util.LinkedHashMap::new))
        .values());
    if (chance()) {
      b.collection(collectionProfile());
    }
    return b.build();
  }

  /**
   * Returns a random event at which agreements were signed.
   *
   * @return the event
   */
  public Event event() {
    Event.Builder b = Event.builder().ref(eventRef()).title(text()).description(maybeText()).date(date())
        .place(maybeText()).occasion(maybeText()).sources(list(0, 2, this::sourceRef))
        .statements(list(0, 2, this::statement));
    List<Attendee> attendees = list(0, 3, this::attendee);
    b.attendees(attendees.stream().collect(java.util.stream.Collectors.toMap(Attendee::person, a -> a, (x, y) -> x,
        java.util.LinkedHashMap::new)).values());
    if (chance()) {
      b.dateQualifier(pick(DateQualifier.values()));
    }
    if (chance()) {
      b.location(location());
    }
    if (chance()) {
      b.host(organizationRef());
    }
    if (chance()) {
      b.mode(pick(SigningMode.values()));
    }
    return b.build();
  }

  Attendee attendee() {
    Attendee.Builder b = Attendee.builder().person(personRef()).roles(set(1, 3, () -> pick(AttendeeRole.values())));
    if (chance()) {
      b.organization(organizationRef());
    }
    return b.build();
  }

  /** A readiness of one of the capabilities, or of the whole; a level, a stage or both. */
  Readiness readiness(Set<String> capabilities) {
    Readiness.Builder b = Readiness.builder();
    if (!capabilities.isEmpty() && chance()) {
      b.capability(pick(capabilities.toArray(new String[0])));
    }
    int which = random.nextInt(3);
    if (which != 1) {
      b.trl(Readiness.MIN_TRL + random.nextInt(Readiness.MAX_TRL));
    }
    if (which != 0) {
      b.stage(pick(LifeCycleStage.values()));
    }
    if (chance()) {
      b.asOf(date());
    }
    return b.build();
  }

  CollectionProfile collectionProfile() {
    CollectionProfile.Builder b = CollectionProfile.builder()
        .dataCategories(set(0, 3, () -> pick(DataCategory.values())))
        .materialTypes(set(0, 3, () -> pick(MaterialType.values())))
        .useConditions(set(0, 2, () -> pick(UseCondition.values())));
    if (chance()) {
      b.participants(quantity().withUnit(CollectionProfile.PARTICIPANTS));
    }
    int low = random.nextInt(CollectionProfile.MAX_AGE + 1);
    if (chance()) {
      b.minimumAge(low);
    }
    if (chance()) {
      b.maximumAge(low + random.nextInt(CollectionProfile.MAX_AGE - low + 1));
    }
    return b.build();
  }

  /**
   * Returns a random strategy.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    Strategy.Builder b = Strategy.builder().ref(StrategyRef.of(code())).title(text()).description(maybeText())
        .owners(list(1, 7, this::organizationRef))
        .alignsWith(list(0, 2, this::alignment)).principles(list(0, 3, this::text))
        .actionLines(list(0, 3, this::actionLine)).figures(list(0, 2, this::quantity))
        .ambitions(list(0, 2, this::ambition))
        .sources(list(0, 2, this::sourceRef)).statements(list(0, 2, this::statement));
    if (chance()) {
      b.period(period());
    }
    return b.build();
  }

  /**
   * Returns a random source.
   *
   * @return the source
   */
  public Source source() {
    Source.Builder b = Source.builder().ref(sourceRef()).title(text()).type(pick(SourceType.values()))
        .sources(list(0, 1, this::sourceRef));
    if (chance()) {
      b.publisher(sentence());
    }
    if (chance()) {
      b.date(date());
    }
    if (chance()) {
      b.language(pick(LANGUAGES));
    }
    if (chance()) {
      b.url("https://www.example.org/" + code());
    }
    if (chance()) {
      b.seed(code() + ".txt");
    }
    return b.build();
  }

  /**
   * Returns a random concept.
   *
   * @return the concept
   */
  public Concept concept() {
    return Concept.builder().scheme(pick(new String[] {"theme", "capability", "unit"})).code(code())
        .label(text()).definition(maybeText()).build();
  }

  // ---- values ---------------------------------------------------------------------------------

  Period period() {
    Period.Builder b = Period.builder();
    PartialDate start = chance() ? date() : null;
    if (start != null) {
      b.start(start);
    }
    if (chance()) {
      PartialDate end = date();
      if (start == null || !end.isCertainlyBefore(start)) {
        b.end(end);
      }
    }
    return b.build();
  }

  Name name() {
    Name.Builder b = Name.builder().value(sentence()).kind(pick(NameKind.values()));
    if (chance()) {
      b.language(pick(LANGUAGES));
    }
    return b.build();
  }

  Identifier identifier() {
    IdentifierScheme scheme = pick(IdentifierScheme.values());
    switch (scheme) {
      case ROR:
        return Identifier.of(scheme, ValidIdentifiers.ror(random.nextInt(1 << 30)));
      case ISNI:
        return Identifier.of(scheme, ValidIdentifiers.isni((long) (random.nextDouble() * 1e15)));
      case WIKIDATA:
        return Identifier.of(scheme, "Q" + (1 + random.nextInt(99_999_999)));
      case GRID:
        return Identifier.of(scheme, "grid." + random.nextInt(1_000_000) + "." + Integer.toHexString(random.nextInt(0x10000)));
      case FUNDREF:
        return Identifier.of(scheme, Long.toString(10_000L + (long) (random.nextDouble() * 1e12)));
      case KVK:
        return Identifier.of(scheme, Integer.toString(10_000_000 + random.nextInt(89_999_999)));
      default:
        return Identifier.of(scheme, "https://www." + code().replaceAll("[^a-z0-9]", "") + ".nl/");
    }
  }

  Location location() {
    Location.Builder b = Location.builder().countryCode(pick(new String[] {"NL", "BE", "DE", "FR", "US"}));
    if (chance()) {
      b.city(sentence());
    }
    if (chance()) {
      b.region(sentence());
    }
    return b.build();
  }

  Role role() {
    Role.Builder b = Role.builder().title(text()).organization(organizationRef());
    if (chance()) {
      b.period(period());
    }
    return b.build();
  }

  Participation participation() {
    Participation.Builder b = Participation.builder().organization(organizationRef()).role(pick(PartyRole.values()))
        .leaders(list(0, 2, this::personRef)).contribution(maybeText());
    ParticipationStatus status = pick(ParticipationStatus.values());
    b.status(status);
    linkPeriod(status).ifPresent(b::period);
    return b.build();
  }

  InfrastructureParticipation infrastructureParticipation() {
    InfrastructureParticipation.Builder b = InfrastructureParticipation.builder().organization(organizationRef())
        .role(pick(InfrastructureRole.values()));
    ParticipationStatus status = pick(ParticipationStatus.values());
    b.status(status);
    linkPeriod(status).ifPresent(b::period);
    return b.build();
  }

  OrganizationRelation organizationRelation() {
    OrganizationRelation.Builder b = OrganizationRelation.builder().kind(pick(RelationKind.values()))
        .organization(organizationRef());
    ParticipationStatus status = pick(ParticipationStatus.values());
    b.status(status);
    linkPeriod(status).ifPresent(b::period);
    return b.build();
  }

  /** A period for a time-bound link, sometimes none; a prospective link's has no end. */
  private java.util.Optional<Period> linkPeriod(ParticipationStatus status) {
    if (!chance()) {
      return java.util.Optional.empty();
    }
    Period period = period();
    return java.util.Optional.of(status == ParticipationStatus.PROSPECTIVE ? Period.builder().start(period.start()).build() : period);
  }

  SigningEvent signingEvent() {
    SigningEvent.Builder b = SigningEvent.builder().date(date()).place(maybeText()).occasion(maybeText());
    if (chance()) {
      b.dateQualifier(pick(DateQualifier.values()));
    }
    if (chance()) {
      b.city(sentence());
    }
    if (chance()) {
      b.mode(pick(SigningMode.values()));
    }
    return b.build();
  }

  Signatory signatory() {
    return Signatory.builder().person(personRef()).organization(organizationRef()).onBehalfOf(maybeText()).build();
  }

  Statement statement() {
    StatementBasis basis = pick(StatementBasis.values());
    StringBuilder about = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      about.append('/').append(pick(new String[] {"established", "parties", "0", "role", "a~1b", "~0x", ""}));
    }
    Statement.Builder b = Statement.builder().about(about.toString()).basis(basis)
        .sources(list(basis == StatementBasis.STATED || basis == StatementBasis.REGISTRY ? 1 : 0, 2, this::sourceRef))
        .note(maybeText());
    if (basis == StatementBasis.STATED && chance()) {
      b.accordingTo(personRef());
    }
    return b.build();
  }

  WorkArea workArea() {
    return WorkArea.builder().title(text()).description(maybeText())
        .infrastructures(list(0, 2, this::infrastructureRef)).themes(set(0, 2, this::code)).build();
  }

  Instrument instrument() {
    Instrument.Builder b = Instrument.builder().kind(pick(InstrumentKind.values())).title(maybeText()).description(maybeText());
    if (chance()) {
      b.amount(money());
    }
    return b.build();
  }

  /** Currencies with 0, 2 and 3 minor-unit digits, and a fund code. */
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF", "JPY", "KWD", "XAU"};

  /** An amount at the edges too: zero, whole, with trailing zeros, the most digits on both sides of the point. */
  Money money() {
    BigDecimal amount;
    switch (random.nextInt(5)) {
      case 0: amount = BigDecimal.ZERO; break;
      case 1: amount = BigDecimal.valueOf(random.nextInt(10_000_000)); break;
      case 2: amount = BigDecimal.valueOf(random.nextInt(100_000_000), 2); break;
      case 3: amount = new BigDecimal(new java.math.BigInteger(59, random), random.nextInt(Money.MAX_DECIMALS + 1)); break;
      default: amount = new BigDecimal("999999999999999999.999999");
    }
    return Money.builder().amount(amount).currency(CURRENCIES[random.nextInt(CURRENCIES.length)])
        .qualifier(pick(QuantityQualifier.values())).build();
  }

  Funding funding() {
    Funding.Builder b = Funding.builder().funder(organizationRef()).programme(maybeText());
    if (chance()) {
      b.code(sentence());
    }
    if (chance()) {
      b.amount(money());
    }
    if (chance()) {
      b.period(period());
    }
    return b.build();
  }

  Ambition ambition() {
    Ambition.Builder b = Ambition.builder().description(text()).organizations(list(0, 2, this::organizationRef));
    if (chance()) {
      b.horizon(date());
    }
    if (chance()) {
      b.status(pick(AmbitionStatus.values()));
    }
    return b.build();
  }

  AccessTerm accessTerm() {
    AccessTerm.Builder b = AccessTerm.builder().audience(pick(AccessAudience.values())).conditions(maybeText())
        .types(set(0, 2, () -> pick(AccessType.values())))
        .targetUsers(set(0, 2, () -> pick(OrganizationType.values())));
    if (chance()) {
      b.mode(pick(AccessMode.values()));
    }
    return b.build();
  }

  Quantity quantity() {
    double value;
    switch (random.nextInt(4)) {
      case 0: value = random.nextInt(1_000_000); break;
      case 1: value = Math.round(random.nextDouble() * 1000) / 10.0; break;
      case 2: value = random.nextDouble() * 1e9; break;
      default: value = 0;
    }
    Quantity.Builder b = Quantity.builder().value(value).unit(code())
        .qualifier(pick(QuantityQualifier.values())).label(maybeText());
    if (chance()) {
      b.asOf(date());
    }
    return b.build();
  }

  Alignment alignment() {
    Alignment.Builder b = Alignment.builder().description(text());
    if (chance()) {
      b.organization(organizationRef());
    }
    return b.build();
  }

  ActionLine actionLine() {
    return ActionLine.builder().ref(ActionLineRef.of(code())).label(text()).description(maybeText())
        .partnerTypes(set(0, 2, () -> pick(OrganizationType.values())))
        .partnerSectors(set(0, 2, () -> pick(Sector.values())))
        .partnershipKinds(set(0, 2, () -> pick(PartnershipKind.values())))
        .infrastructureKinds(set(0, 2, () -> pick(InfrastructureKind.values())))
        .scopes(set(0, 2, () -> pick(GeographicScope.values())))
        .keywords(set(0, 3, () -> pick(new String[] {"use", "gebruik", "public private", "data", "ai"})))
        .build();
  }

  // ---- scalars --------------------------------------------------------------------------------

  PartialDate date() {
    int year = 1900 + random.nextInt(200);
    switch (random.nextInt(3)) {
      case 0: return PartialDate.ofYear(year);
      case 1: return PartialDate.of(year, 1 + random.nextInt(12));
      default: return PartialDate.of(java.time.LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
    }
  }

  LocalizedText text() {
    LocalizedText.Builder b = LocalizedText.builder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      b.put(pick(LANGUAGES), sentence());
    }
    return b.build();
  }

  LocalizedText maybeText() {
    return chance() ? text() : LocalizedText.empty();
  }

  String sentence() {
    StringBuilder s = new StringBuilder(pick(WORDS));
    for (int i = random.nextInt(5); i > 0; i--) {
      s.append(' ').append(pick(WORDS));
    }
    return s.toString();
  }

  String code() {
    String[] parts = {"lumc", "umcg", "infect", "nl", "hpc", "ai", "2025", "regenerative", "medicine", "x1"};
    StringBuilder s = new StringBuilder(pick(parts));
    for (int i = random.nextInt(3); i > 0; i--) {
      s.append(pick(new String[] {"-", "_", "."})).append(pick(parts));
    }
    return s.toString();
  }

  private OrganizationRef organizationRef() {
    return organizations.isEmpty() ? OrganizationRef.of(code()) : pick(organizations);
  }

  private PersonRef personRef() {
    return people.isEmpty() ? PersonRef.of(code()) : pick(people);
  }

  private PartnershipRef partnershipRef() {
    return partnerships.isEmpty() ? PartnershipRef.of(code()) : pick(partnerships);
  }

  private EventRef eventRef() {
    return events.isEmpty() ? EventRef.of(code()) : pick(events);
  }

  private InfrastructureRef infrastructureRef() {
    return infrastructures.isEmpty() ? InfrastructureRef.of(code()) : pick(infrastructures);
  }

  private SourceRef sourceRef() {
    return sources.isEmpty() ? SourceRef.of(code()) : pick(sources);
  }

  private <K> List<K> keys(int n, java.util.function.Function<String, K> of) {
    Set<String> keys = new LinkedHashSet<>();
    while (keys.size() < n) {
      keys.add(code() + "-" + keys.size());
    }
    List<K> out = new ArrayList<>();
    keys.forEach(k -> out.add(of.apply(k)));
    return out;
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> list(int min, int max, Supplier<T> element) {
    List<T> out = new ArrayList<>();
    for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
      out.add(element.get());
    }
    return out;
  }

  private <T> List<T> set(int min, int max, Supplier<T> element) {
    Set<T> out = new LinkedHashSet<>();
    int n = min + random.nextInt(max - min + 1);
    for (int tries = 0; out.size() < n && tries < 50; tries++) {
      out.add(element.get());
    }
    return new ArrayList<>(out);
  }
}
