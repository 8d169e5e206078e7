package io.github.collabkit.json.internal;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessMode;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.AccessType;
import io.github.collabkit.model.ActionLine;
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
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LifeCycleStage;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.MaterialType;
import io.github.collabkit.model.Money;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipLink;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
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
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.StatementBasis;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.UseCondition;
import io.github.collabkit.model.WorkArea;
import java.util.List;
import java.util.Map;

/**
 * The wire format of every model type: one {@link ObjectCodec} per type, its properties in the
 * model's declaration order (the dataset document in the order the format fixes).
 *
 * <p>Descriptions are the model's javadoc in short; the JSON Schema takes them from here.
 */
public final class ModelCodecs {
  private ModelCodecs() {}

  /** The codec of {@link Period}. */
  public static final ObjectCodec<Period, Period.Builder> PERIOD =
      ObjectCodec.define(Period.class, "period", Period::builder, Period.Builder::build)
          .optional("start", Codecs.PARTIAL_DATE, Period::start, Period.Builder::start,
              "First day of the period, at the precision known.")
          .optional("end", Codecs.PARTIAL_DATE, Period::end, Period.Builder::end,
              "Last day of the period, at the precision known.")
          .build();

  /** The codec of {@link Name}. */
  public static final ObjectCodec<Name, Name.Builder> NAME =
      ObjectCodec.define(Name.class, "name", Name::builder, Name.Builder::build)
          .required("value", Codecs.STRING, Name::value, Name.Builder::value,
              "Name as written, such as University Medical Center. Required, not blank.")
          .optional("language", Codecs.LANGUAGE, Name::language, Name.Builder::language,
              "BCP 47 language of the name, when it has one; acronyms usually have none.")
          .defaulted("kind", Codecs.vocabulary(NameKind.class), Name::kind, Name.Builder::kind,
              "How the name is used. Binds NameKind; defaults to NameKind#DISPLAY.")
          .build();

  /** The codec of {@link Identifier}. */
  public static final ObjectCodec<Identifier, Identifier.Builder> IDENTIFIER =
      ObjectCodec.define(Identifier.class, "identifier", Identifier::builder, Identifier.Builder::build)
          .required("scheme", Codecs.vocabulary(IdentifierScheme.class), Identifier::scheme, Identifier.Builder::scheme,
              "Scheme the identifier belongs to. Required; binds IdentifierScheme.")
          .required("value", Codecs.STRING, Identifier::value, Identifier.Builder::value,
              "Identifier in its scheme's canonical form, such as 05xvt9f17. Required.")
          .build();

  /** The codec of {@link Location}. */
  public static final ObjectCodec<Location, Location.Builder> LOCATION =
      ObjectCodec.define(Location.class, "location", Location::builder, Location.Builder::build)
          .required("countryCode", Codecs.COUNTRY, Location::countryCode, Location.Builder::countryCode,
              "ISO 3166-1 alpha-2 country code, such as NL or FR. Required, two upper-case letters.")
          .optional("city", Codecs.STRING, Location::city, Location.Builder::city,
              "City, such as Leiden, in its local name.")
          .optional("region", Codecs.STRING, Location::region, Location.Builder::region,
              "Region or province, such as Zuid-Holland.")
          .optional("latitude", Codecs.NUMBER, Location::latitude, Location.Builder::latitude,
              "Latitude in decimal degrees (WGS 84), such as 52.15833; from -90 to 90, given with longitude.")
          .optional("longitude", Codecs.NUMBER, Location::longitude, Location.Builder::longitude,
              "Longitude in decimal degrees (WGS 84), such as 4.49306; from -180 to 180, given with latitude.")
          .build();

  /** The codec of {@link Statement}. */
  public static final ObjectCodec<Statement, Statement.Builder> STATEMENT =
      ObjectCodec.define(Statement.class, "statement", Statement::builder, Statement.Builder::build)
          .required("about", Codecs.STRING, Statement::about, Statement.Builder::about,
              "Attribute the statement is about, as a JSON Pointer into the entity, such as /established. Required, at least one step.")
          .required("basis", Codecs.vocabulary(StatementBasis.class), Statement::basis, Statement.Builder::basis,
              "How the dataset knows it: stated, inferred, registry or editorial. Required; binds StatementBasis.")
          .list("sources", Codecs.SOURCE_REF, Statement::sources, Statement.Builder::sources,
              "Sources that state it, it is inferred from, or that hold the rule. At least one when stated or from a registry.")
          .optional("accordingTo", Codecs.PERSON_REF, Statement::accordingTo, Statement.Builder::accordingTo,
              "Person the source attributes the statement to; only when stated.")
          .text("note", false, Statement::note, Statement.Builder::note,
              "How the statement was read or inferred, in collabkit's own words.")
          .build();

  /** The codec of {@link Quantity}. */
  public static final ObjectCodec<Quantity, Quantity.Builder> QUANTITY =
      ObjectCodec.define(Quantity.class, "quantity", Quantity::builder, Quantity.Builder::build)
          .required("value", Codecs.NUMBER, Quantity::value, Quantity.Builder::value,
              "Number as stated. Required; finite and not negative.")
          .required("unit", Codecs.CODE, Quantity::unit, Quantity.Builder::unit,
              "Unit or what is counted, as a lower-case code such as participants, studies or years. Required.")
          .defaulted("qualifier", Codecs.vocabulary(QuantityQualifier.class), Quantity::qualifier, Quantity.Builder::qualifier,
              "How the stated value relates to the true one. Binds QuantityQualifier; defaults to QuantityQualifier#EXACT.")
          .text("label", false, Quantity::label, Quantity.Builder::label,
              "What the figure measures, for people, such as 'participants of all ages'.")
          .optional("asOf", Codecs.PARTIAL_DATE, Quantity::asOf, Quantity.Builder::asOf,
              "Date the figure applies to, when stated.")
          .build();

  /** The codec of {@link Money}. */
  public static final ObjectCodec<Money, Money.Builder> MONEY =
      ObjectCodec.define(Money.class, "amount of money", Money::builder, Money.Builder::build)
          .required("amount", Codecs.DECIMAL, Money::amount, Money.Builder::amount,
              "Amount as a decimal string such as 750000.00, kept with its decimals. Required; not negative, at most 18 digits before and 6 after the point.")
          .required("currency", Codecs.CURRENCY, Money::currency, Money.Builder::currency,
              "ISO 4217 currency code, such as EUR. Required.")
          .defaulted("qualifier", Codecs.vocabulary(QuantityQualifier.class), Money::qualifier, Money.Builder::qualifier,
              "How the stated amount relates to the true one. Binds QuantityQualifier; defaults to QuantityQualifier#EXACT.")
          .build();

  /** The codec of {@link Funding}. */
  public static final ObjectCodec<Funding, Funding.Builder> FUNDING =
      ObjectCodec.define(Funding.class, "funding", Funding::builder, Funding.Builder::build)
          .required("funder", Codecs.ORGANIZATION_REF, Funding::funder, Funding.Builder::funder,
              "Organization that funds. Required; the validator checks that it exists.")
          .text("programme", false, Funding::programme, Funding.Builder::programme,
              "Funder's programme or call, such as Horizon Europe, when the source names it.")
          .optional("code", Codecs.STRING, Funding::code, Funding.Builder::code,
              "Grant number or code the funder gives, as written. Not blank.")
          .optional("amount", MONEY, Funding::amount, Funding.Builder::amount,
              "Amount granted, when stated.")
          .optional("period", PERIOD, Funding::period, Funding.Builder::period,
              "Period the funding covers, when stated.")
          .build();

  /** The codec of {@link OrganizationRelation}. */
  public static final ObjectCodec<OrganizationRelation, OrganizationRelation.Builder> ORGANIZATION_RELATION =
      ObjectCodec.define(OrganizationRelation.class, "organization relation", OrganizationRelation::builder, OrganizationRelation.Builder::build)
          .required("kind", Codecs.vocabulary(RelationKind.class), OrganizationRelation::kind, OrganizationRelation.Builder::kind,
              "How the target relates to the organization holding this relation. Required; binds RelationKind.")
          .required("organization", Codecs.ORGANIZATION_REF, OrganizationRelation::organization, OrganizationRelation.Builder::organization,
              "Related organization. Required.")
          .defaulted("status", Codecs.vocabulary(ParticipationStatus.class), OrganizationRelation::status, OrganizationRelation.Builder::status, ParticipationStatus.CURRENT,
              "Where the relation stands: current, former or prospective (foreseen, not joined). Binds ParticipationStatus; defaults to ParticipationStatus#CURRENT, the meaning of format 1.0.")
          .optional("period", PERIOD, OrganizationRelation::period, OrganizationRelation.Builder::period,
              "When the relation holds: from when the organization joined until it left, when the source dates it. A prospective relation has no end.")
          .build();

  /** The codec of {@link Organization}. */
  public static final ObjectCodec<Organization, Organization.Builder> ORGANIZATION =
      ObjectCodec.define(Organization.class, "organization", Organization::builder, Organization.Builder::build)
          .required("key", Codecs.ORGANIZATION_REF, Organization::ref, Organization.Builder::ref,
              "Key of this organization, such as lumc. Required.")
          .list("names", NAME, Organization::names, Organization.Builder::names,
              "Every name of the organization: display names, labels in other languages, aliases and acronyms. At least one; the first NameKind#DISPLAY name is the one shown.")
          .set("types", Codecs.vocabulary(OrganizationType.class), Organization::types, Organization.Builder::types,
              "Kinds of organization this is. At least one; binds OrganizationType.")
          .optional("sector", Codecs.vocabulary(Sector.class), Organization::sector, Organization.Builder::sector,
              "Whether the organization is public or private. Binds Sector.")
          .optional("location", LOCATION, Organization::location, Organization.Builder::location,
              "Where the organization is.")
          .list("identifiers", IDENTIFIER, Organization::identifiers, Organization.Builder::identifiers,
              "Organization's identifiers in registries (ROR, ISNI, Wikidata, GRID, KvK) and its website; each is valid for its scheme. Zero or more.")
          .optional("parent", Codecs.ORGANIZATION_REF, Organization::parent, Organization.Builder::parent,
              "Organization this one is a unit of, such as LUMC for its Parasitology department.")
          .list("relations", ORGANIZATION_RELATION, Organization::relations, Organization.Builder::relations,
              "Links to related organizations, predecessors, successors and affiliates. Zero or more.")
          .defaulted("status", Codecs.vocabulary(OrganizationStatus.class), Organization::status, Organization.Builder::status,
              "Whether the organization is active. Binds OrganizationStatus; defaults to OrganizationStatus#ACTIVE.")
          .optional("established", Codecs.PARTIAL_DATE, Organization::established, Organization.Builder::established,
              "When the organization was established.")
          .list("domains", Codecs.STRING, Organization::domains, Organization.Builder::domains,
              "Internet domains of the organization, such as lumc.nl, as ROR lists them; lower case. Zero or more.")
          .text("description", false, Organization::description, Organization.Builder::description,
              "Short description in collabkit's own words.")
          .list("figures", QUANTITY, Organization::figures, Organization.Builder::figures,
              "Figures the source states about the organization, such as a number of researchers. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Organization::sources, Organization.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
.list("statements", STATEMENT, Organization::statements, Organization.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link Role}. */
  public static final ObjectCodec<Role, Role.Builder> ROLE =
      ObjectCodec.define(Role.class, "role", Role::builder, Role.Builder::build)
          .text("title", true, Role::title, Role.Builder::title,
              "Title of the position, in English and Dutch where known. Required, not empty.")
          .required("organization", Codecs.ORGANIZATION_REF, Role::organization, Role.Builder::organization,
              "Organization or unit where the position is held. Required.")
          .optional("period", PERIOD, Role::period, Role.Builder::period,
              "When the position was held, when the source says.")
          .build();

  /** The codec of {@link Person}. */
  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.define(Person.class, "person", Person::builder, Person.Builder::build)
          .required("key", Codecs.PERSON_REF, Person::ref, Person.Builder::ref,
              "Key of this person, such as kim-smit. Required.")
          .required("name", Codecs.STRING, Person::name, Person.Builder::name,
              "Person's full name as written, such as Smit. Required, not blank.")
          .list("roles", ROLE, Person::roles, Person.Builder::roles,
              "Positions the person holds or held. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Person::sources, Person.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
.list("statements", STATEMENT, Person::statements, Person.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link Participation}. */
  public static final ObjectCodec<Participation, Participation.Builder> PARTICIPATION =
      ObjectCodec.define(Participation.class, "participation", Participation::builder, Participation.Builder::build)
          .required("organization", Codecs.ORGANIZATION_REF, Participation::organization, Participation.Builder::organization,
              "Participating organization or unit. Required.")
          .defaulted("role", Codecs.vocabulary(PartyRole.class), Participation::role, Participation.Builder::role,
              "Role the organization plays. Binds PartyRole; defaults to PartyRole#PARTNER.")
          .list("leaders", Codecs.PERSON_REF, Participation::leaders, Participation.Builder::leaders,
              "People who lead the partnership for this party. Zero or more.")
          .text("contribution", false, Participation::contribution, Participation.Builder::contribution,
              "What this party brings or does, when the source says.")
          .defaulted("status", Codecs.vocabulary(ParticipationStatus.class), Participation::status, Participation.Builder::status, ParticipationStatus.CURRENT,
              "Where the participation stands: current, former or prospective (foreseen, not joined). Binds ParticipationStatus; defaults to ParticipationStatus#CURRENT, the meaning of format 1.0.")
          .optional("period", PERIOD, Participation::period, Participation.Builder::period,
              "When the participation holds: from when the organization joined until it left, when the source dates it. A prospective participation has no end.")
          .build();

  /** The codec of {@link Signatory}. */
  public static final ObjectCodec<Signatory, Signatory.Builder> SIGNATORY =
      ObjectCodec.define(Signatory.class, "signatory", Signatory::builder, Signatory.Builder::build)
          .required("person", Codecs.PERSON_REF, Signatory::person, Signatory.Builder::person,
              "Person who signed. Required.")
          .required("organization", Codecs.ORGANIZATION_REF, Signatory::organization, Signatory.Builder::organization,
              "Party on whose behalf the person signed. Required.")
          .text("onBehalfOf", false, Signatory::onBehalfOf, Signatory.Builder::onBehalfOf,
              "Body the person signed for within the party, such as its executive board, when the source names one.")
          .build();

  /** The codec of {@link SigningEvent}. */
  public static final ObjectCodec<SigningEvent, SigningEvent.Builder> SIGNING_EVENT =
      ObjectCodec.define(SigningEvent.class, "signing event", SigningEvent::builder, SigningEvent.Builder::build)
          .required("date", Codecs.PARTIAL_DATE, SigningEvent::date, SigningEvent.Builder::date,
              "Date of signing, at the precision the source gives. Required.")
          .optional("dateQualifier", Codecs.vocabulary(DateQualifier.class), SigningEvent::dateQualifier, SigningEvent.Builder::dateQualifier,
              "How the date relates to the moment, such as before for 'just before Christmas'. Binds DateQualifier.")
          .text("place", false, SigningEvent::place, SigningEvent.Builder::place,
              "Place of signing, such as the French residence in The Hague.")
          .optional("city", Codecs.STRING, SigningEvent::city, SigningEvent.Builder::city,
              "City where the signing took place.")
          .optional("mode", Codecs.vocabulary(SigningMode.class), SigningEvent::mode, SigningEvent.Builder::mode,
              "How the signatories met. Binds SigningMode.")
          .text("occasion", false, SigningEvent::occasion, SigningEvent.Builder::occasion,
              "Occasion, such as a state visit or Christmas, when the source names one.")
          .build();

  /** The codec of {@link Attendee}. */
  public static final ObjectCodec<Attendee, Attendee.Builder> ATTENDEE =
      ObjectCodec.define(Attendee.class, "attendee", Attendee::builder, Attendee.Builder::build)
          .required("person", Codecs.PERSON_REF, Attendee::person, Attendee.Builder::person,
              "Person who attended. Required.")
          .set("roles", Codecs.vocabulary(AttendeeRole.class), Attendee::roles, Attendee.Builder::roles,
              "Parts the person played, such as signatory or witness. At least one; binds AttendeeRole.")
          .optional("organization", Codecs.ORGANIZATION_REF, Attendee::organization, Attendee.Builder::organization,
              "Organization the person attended for, when the source says.")
          .build();

  /** The codec of {@link Event}. */
  public static final ObjectCodec<Event, Event.Builder> EVENT =
      ObjectCodec.define(Event.class, "event", Event::builder, Event.Builder::build)
          .required("key", Codecs.EVENT_REF, Event::ref, Event.Builder::ref,
              "Key of this event, such as fr-nl-signing-2025-07-02. Required.")
          .text("title", true, Event::title, Event.Builder::title,
              "Title in collabkit's own words, in one or more languages. Required, not empty.")
          .text("description", false, Event::description, Event.Builder::description,
              "What happened, in collabkit's own words.")
          .required("date", Codecs.PARTIAL_DATE, Event::date, Event.Builder::date,
              "Date of the event, at the precision the source gives. Required.")
          .optional("dateQualifier", Codecs.vocabulary(DateQualifier.class), Event::dateQualifier, Event.Builder::dateQualifier,
              "How the date relates to the moment, such as before for 'just before Christmas'. Binds DateQualifier.")
          .text("place", false, Event::place, Event.Builder::place,
              "Place, such as the French residence.")
          .optional("location", LOCATION, Event::location, Event.Builder::location,
              "Country and city where the event took place.")
          .optional("host", Codecs.ORGANIZATION_REF, Event::host, Event.Builder::host,
              "Organization that hosted the event, when the source names one.")
          .optional("mode", Codecs.vocabulary(SigningMode.class), Event::mode, Event.Builder::mode,
              "How the participants met. Binds SigningMode.")
          .text("occasion", false, Event::occasion, Event.Builder::occasion,
              "Occasion, such as a state visit, when the source names one.")
          .list("attendees", ATTENDEE, Event::attendees, Event.Builder::attendees,
              "People who attended with their parts, each person once. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Event::sources, Event.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
          .list("statements", STATEMENT, Event::statements, Event.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link WorkArea}. */
  public static final ObjectCodec<WorkArea, WorkArea.Builder> WORK_AREA =
      ObjectCodec.define(WorkArea.class, "work area", WorkArea::builder, WorkArea.Builder::build)
          .text("title", true, WorkArea::title, WorkArea.Builder::title,
              "Title of the work area. Required, not empty.")
          .text("description", false, WorkArea::description, WorkArea.Builder::description,
              "What is done in this area, in collabkit's own words.")
          .list("infrastructures", Codecs.INFRASTRUCTURE_REF, WorkArea::infrastructures, WorkArea.Builder::infrastructures,
              "Infrastructures this work area concerns. Zero or more.")
          .set("themes", Codecs.CODE, WorkArea::themes, WorkArea.Builder::themes,
              "Theme codes, defined as concepts of scheme theme in the landscape.")
          .build();

  /** The codec of {@link Instrument}. */
  public static final ObjectCodec<Instrument, Instrument.Builder> INSTRUMENT =
      ObjectCodec.define(Instrument.class, "instrument", Instrument::builder, Instrument.Builder::build)
          .required("kind", Codecs.vocabulary(InstrumentKind.class), Instrument::kind, Instrument.Builder::kind,
              "Kind of instrument. Required; binds InstrumentKind.")
          .text("title", false, Instrument::title, Instrument.Builder::title,
              "Name of the instrument, when it has one.")
          .text("description", false, Instrument::description, Instrument.Builder::description,
              "What the instrument is for, in collabkit's own words.")
          .optional("amount", MONEY, Instrument::amount, Instrument.Builder::amount,
              "Amount the instrument holds or spends, such as the size of a stimulation fund, when the source states it.")
          .build();

  /** The codec of {@link Ambition}. */
  public static final ObjectCodec<Ambition, Ambition.Builder> AMBITION =
      ObjectCodec.define(Ambition.class, "ambition", Ambition::builder, Ambition.Builder::build)
          .text("description", true, Ambition::description, Ambition.Builder::description,
              "What is intended, in collabkit's own words. Required, not empty.")
          .list("organizations", Codecs.ORGANIZATION_REF, Ambition::organizations, Ambition.Builder::organizations,
              "Organizations the ambition would involve beyond the parties, such as prospective partners. Zero or more.")
          .optional("horizon", Codecs.PARTIAL_DATE, Ambition::horizon, Ambition.Builder::horizon,
              "Year or date by which the ambition is meant to be reached, when stated.")
          .optional("status", Codecs.vocabulary(AmbitionStatus.class), Ambition::status, Ambition.Builder::status,
              "How far the ambition has come, when the source says. Binds AmbitionStatus.")
          .build();

  /** The codec of {@link PartnershipLink}. */
  public static final ObjectCodec<PartnershipLink, PartnershipLink.Builder> PARTNERSHIP_LINK =
      ObjectCodec.define(PartnershipLink.class, "partnership link", PartnershipLink::builder, PartnershipLink.Builder::build)
          .required("relation", Codecs.vocabulary(PartnershipRelationKind.class), PartnershipLink::relation, PartnershipLink.Builder::relation,
              "How this partnership relates to the target. Required; binds PartnershipRelationKind.")
          .required("partnership", Codecs.PARTNERSHIP_REF, PartnershipLink::partnership, PartnershipLink.Builder::partnership,
              "Earlier or related partnership. Required.")
          .build();

  /** The codec of {@link Partnership}. */
  public static final ObjectCodec<Partnership, Partnership.Builder> PARTNERSHIP =
      ObjectCodec.define(Partnership.class, "partnership", Partnership::builder, Partnership.Builder::build)
          .required("key", Codecs.PARTNERSHIP_REF, Partnership::ref, Partnership.Builder::ref,
              "Key of this partnership, such as lumc-ul-2021. Required.")
          .text("title", true, Partnership::title, Partnership.Builder::title,
              "Title in one or more languages. Required, not empty.")
          .required("kind", Codecs.vocabulary(PartnershipKind.class), Partnership::kind, Partnership.Builder::kind,
              "Form of the partnership. Required; binds PartnershipKind.")
          .defaulted("status", Codecs.vocabulary(PartnershipStatus.class), Partnership::status, Partnership.Builder::status,
              "Where the partnership stands. Binds PartnershipStatus; defaults to PartnershipStatus#SIGNED.")
          .text("description", false, Partnership::description, Partnership.Builder::description,
              "Summary in collabkit's own words.")
          .list("parties", PARTICIPATION, Partnership::parties, Partnership.Builder::parties,
              "Parties with their roles, each current, former or prospective. At least two distinct organizations that have joined.")
          .list("signatories", SIGNATORY, Partnership::signatories, Partnership.Builder::signatories,
              "Who signed, on behalf of which party. Zero or more.")
          .optional("signing", SIGNING_EVENT, Partnership::signing, Partnership.Builder::signing,
              "Signing occasion of this partnership alone, embedded; a partnership signed at an occasion shared with other agreements gives signedAt instead, never both.")
          .optional("signedAt", Codecs.EVENT_REF, Partnership::signedAt, Partnership.Builder::signedAt,
              "Key of the event at which the partnership was signed, such as a ceremony shared with other agreements; not given together with signing.")
          .optional("period", PERIOD, Partnership::period, Partnership.Builder::period,
              "Period the partnership runs, when known.")
          .list("workAreas", WORK_AREA, Partnership::workAreas, Partnership.Builder::workAreas,
              "Topics the partnership works on. Zero or more.")
          .set("themes", Codecs.CODE, Partnership::themes, Partnership.Builder::themes,
              "Theme codes, defined as concepts of scheme theme in the landscape, such as regenerative-medicine.")
          .optional("scope", Codecs.vocabulary(GeographicScope.class), Partnership::scope, Partnership.Builder::scope,
              "Geographic reach when the source states it; otherwise it can be derived from the parties' locations. Binds GeographicScope.")
          .list("instruments", INSTRUMENT, Partnership::instruments, Partnership.Builder::instruments,
              "Instruments the partnership sets up, such as a stimulation fund. Zero or more.")
          .list("fundings", FUNDING, Partnership::fundings, Partnership.Builder::fundings,
              "Grants and other funding: funder, programme, code, amount and period. Zero or more; amounts are never added up.")
          .list("figures", QUANTITY, Partnership::figures, Partnership.Builder::figures,
              "Figures the source states about the partnership, such as a number of participants. Zero or more.")
          .list("ambitions", AMBITION, Partnership::ambitions, Partnership.Builder::ambitions,
              "What the partners intend but have not done yet. Zero or more.")
          .list("links", PARTNERSHIP_LINK, Partnership::links, Partnership.Builder::links,
              "Links to earlier partnerships this one continues, extends or intensifies. Zero or more.")
          .list("infrastructures", Codecs.INFRASTRUCTURE_REF, Partnership::infrastructures, Partnership.Builder::infrastructures,
              "Infrastructures the partnership concerns as a whole (work areas name their own). Zero or more.")
          .list("actionLines", Codecs.ACTION_LINE_REF, Partnership::actionLines, Partnership.Builder::actionLines,
              "Strategy action lines the partnership is recorded under. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Partnership::sources, Partnership.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
.list("statements", STATEMENT, Partnership::statements, Partnership.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link InfrastructureParticipation}. */
  public static final ObjectCodec<InfrastructureParticipation, InfrastructureParticipation.Builder> INFRASTRUCTURE_PARTICIPATION =
      ObjectCodec.define(InfrastructureParticipation.class, "infrastructure participation", InfrastructureParticipation::builder, InfrastructureParticipation.Builder::build)
          .required("organization", Codecs.ORGANIZATION_REF, InfrastructureParticipation::organization, InfrastructureParticipation.Builder::organization,
              "Organization. Required.")
          .required("role", Codecs.vocabulary(InfrastructureRole.class), InfrastructureParticipation::role, InfrastructureParticipation.Builder::role,
              "Its role. Required; binds InfrastructureRole.")
          .defaulted("status", Codecs.vocabulary(ParticipationStatus.class), InfrastructureParticipation::status, InfrastructureParticipation.Builder::status, ParticipationStatus.CURRENT,
              "Where the participation stands: current, former or prospective (foreseen, not joined). Binds ParticipationStatus; defaults to ParticipationStatus#CURRENT, the meaning of format 1.0.")
          .optional("period", PERIOD, InfrastructureParticipation::period, InfrastructureParticipation.Builder::period,
              "When the participation holds: from when the organization joined until it left, when the source dates it. A prospective participation has no end.")
          .build();

  /** The codec of {@link AccessTerm}. */
  public static final ObjectCodec<AccessTerm, AccessTerm.Builder> ACCESS_TERM =
      ObjectCodec.define(AccessTerm.class, "access term", AccessTerm::builder, AccessTerm.Builder::build)
          .required("audience", Codecs.vocabulary(AccessAudience.class), AccessTerm::audience, AccessTerm.Builder::audience,
              "Group of users this term is for. Required; binds AccessAudience.")
          .text("conditions", false, AccessTerm::conditions, AccessTerm.Builder::conditions,
              "Conditions, such as a fee or a data access request, when stated.")
          .set("types", Codecs.vocabulary(AccessType.class), AccessTerm::types, AccessTerm.Builder::types,
              "How users reach the infrastructure: physical, remote or virtual. Binds AccessType; empty when not stated.")
          .optional("mode", Codecs.vocabulary(AccessMode.class), AccessTerm::mode, AccessTerm.Builder::mode,
              "On what terms access is granted: free, on approval, paid or peer-reviewed. Binds AccessMode.")
          .set("targetUsers", Codecs.vocabulary(OrganizationType.class), AccessTerm::targetUsers, AccessTerm.Builder::targetUsers,
              "Kinds of organization the source names as users under this term. Binds OrganizationType.")
          .build();

  /** The codec of {@link Readiness}. */
  public static final ObjectCodec<Readiness, Readiness.Builder> READINESS =
      ObjectCodec.define(Readiness.class, "readiness", Readiness::builder, Readiness.Builder::build)
          .optional("capability", Codecs.CODE, Readiness::capability, Readiness.Builder::capability,
              "Capability code this readiness is about, one of the infrastructure's capabilities; absent for the infrastructure as a whole.")
          .optional("trl", Codecs.INTEGER, Readiness::trl, Readiness.Builder::trl,
              "Technology readiness level, from 1 (basic principles observed) to 9 (proven in operation). At least one of trl and stage.")
          .optional("stage", Codecs.vocabulary(LifeCycleStage.class), Readiness::stage, Readiness.Builder::stage,
              "Life-cycle stage, as in the EOSC resource profile. Binds LifeCycleStage. At least one of trl and stage.")
          .optional("asOf", Codecs.PARTIAL_DATE, Readiness::asOf, Readiness.Builder::asOf,
              "Date the readiness applies to, when stated.")
          .build();

  /** The codec of {@link CollectionProfile}. */
  public static final ObjectCodec<CollectionProfile, CollectionProfile.Builder> COLLECTION_PROFILE =
      ObjectCodec.define(CollectionProfile.class, "collection profile", CollectionProfile::builder, CollectionProfile.Builder::build)
          .optional("participants", QUANTITY, CollectionProfile::participants, CollectionProfile.Builder::participants,
              "Number of participants (MIABIS: donors), with unit participants, such as more than 440,000.")
          .optional("minimumAge", Codecs.INTEGER, CollectionProfile::minimumAge, CollectionProfile.Builder::minimumAge,
              "Youngest participants' age in whole years, from 0 to 150; not above maximumAge.")
          .optional("maximumAge", Codecs.INTEGER, CollectionProfile::maximumAge, CollectionProfile.Builder::maximumAge,
              "Oldest participants' age in whole years, from 0 to 150.")
          .set("dataCategories", Codecs.vocabulary(DataCategory.class), CollectionProfile::dataCategories, CollectionProfile.Builder::dataCategories,
              "Kinds of data held, as MIABIS lists them. Zero or more; binds DataCategory.")
          .set("materialTypes", Codecs.vocabulary(MaterialType.class), CollectionProfile::materialTypes, CollectionProfile.Builder::materialTypes,
              "Kinds of material stored, after MIABIS. Zero or more; binds MaterialType.")
          .set("useConditions", Codecs.vocabulary(UseCondition.class), CollectionProfile::useConditions, CollectionProfile.Builder::useConditions,
              "Conditions on use of the data and material, after the Data Use Ontology. Zero or more; binds UseCondition.")
          .build();

  /** The codec of {@link Infrastructure}. */
  public static final ObjectCodec<Infrastructure, Infrastructure.Builder> INFRASTRUCTURE =
      ObjectCodec.define(Infrastructure.class, "infrastructure", Infrastructure::builder, Infrastructure.Builder::build)
          .required("key", Codecs.INFRASTRUCTURE_REF, Infrastructure::ref, Infrastructure.Builder::ref,
              "Key of this infrastructure, such as infect-nl. Required.")
          .list("names", NAME, Infrastructure::names, Infrastructure.Builder::names,
              "Every name: display names, labels, aliases and acronyms. At least one.")
          .set("kinds", Codecs.vocabulary(InfrastructureKind.class), Infrastructure::kinds, Infrastructure.Builder::kinds,
              "Kinds of infrastructure this is. At least one; binds InfrastructureKind.")
          .text("description", false, Infrastructure::description, Infrastructure.Builder::description,
              "What the infrastructure is and does, in collabkit's own words.")
          .list("organizations", INFRASTRUCTURE_PARTICIPATION, Infrastructure::organizations, Infrastructure.Builder::organizations,
              "Organizations behind the infrastructure with their roles. The validator warns when there are none.")
          .set("capabilities", Codecs.CODE, Infrastructure::capabilities, Infrastructure.Builder::capabilities,
              "Capability and service codes, defined as concepts of scheme capability in the landscape, such as hpc or human-challenge-trials.")
          .set("themes", Codecs.CODE, Infrastructure::themes, Infrastructure.Builder::themes,
              "Theme codes, defined as concepts of scheme theme in the landscape.")
          .list("access", ACCESS_TERM, Infrastructure::access, Infrastructure.Builder::access,
              "Who may use it and on what terms. Empty when not stated.")
          .flag("accessExhaustive", Infrastructure::accessExhaustive, Infrastructure.Builder::accessExhaustive, true,
              "Whether access names every audience that may use it. Defaults to true (the meaning of format 1.0); false when the source gives its audiences as examples, so an audience not named is not stated rather than excluded.")
          .list("figures", QUANTITY, Infrastructure::figures, Infrastructure.Builder::figures,
              "Figures such as numbers of studies or years of data. Zero or more; the participants of a cohort or biobank are in collection.")
          .list("readiness", READINESS, Infrastructure::readiness, Infrastructure.Builder::readiness,
              "How ready its capabilities are, or the infrastructure as a whole: TRL and/or life-cycle stage. At most one per capability and one for the whole.")
          .optional("collection", COLLECTION_PROFILE, Infrastructure::collection, Infrastructure.Builder::collection,
              "MIABIS basics of a cohort or biobank: participants, ages, data categories, material types, use conditions.")
          .optional("scope", Codecs.vocabulary(GeographicScope.class), Infrastructure::scope, Infrastructure.Builder::scope,
              "Geographic reach. Binds GeographicScope.")
          .text("coverage", false, Infrastructure::coverage, Infrastructure.Builder::coverage,
              "What the infrastructure covers (population, region, data), when stated.")
          .optional("partOf", Codecs.INFRASTRUCTURE_REF, Infrastructure::partOf, Infrastructure.Builder::partOf,
              "Infrastructure this one is part of, such as INFECT-NL for INFECTA.")
          .defaulted("status", Codecs.vocabulary(InfrastructureStatus.class), Infrastructure::status, Infrastructure.Builder::status,
              "Where the infrastructure stands. Binds InfrastructureStatus; defaults to InfrastructureStatus#OPERATIONAL.")
          .optional("statusAsOf", Codecs.PARTIAL_DATE, Infrastructure::statusAsOf, Infrastructure.Builder::statusAsOf,
              "Date at which the source gives the status, when it gives the status of an earlier moment.")
          .optional("period", PERIOD, Infrastructure::period, Infrastructure.Builder::period,
              "When the infrastructure runs or ran, when known.")
          .list("actionLines", Codecs.ACTION_LINE_REF, Infrastructure::actionLines, Infrastructure.Builder::actionLines,
              "Strategy action lines the infrastructure is recorded under. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Infrastructure::sources, Infrastructure.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
.list("statements", STATEMENT, Infrastructure::statements, Infrastructure.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link Alignment}. */
  public static final ObjectCodec<Alignment, Alignment.Builder> ALIGNMENT =
      ObjectCodec.define(Alignment.class, "alignment", Alignment::builder, Alignment.Builder::build)
          .optional("organization", Codecs.ORGANIZATION_REF, Alignment::organization, Alignment.Builder::organization,
              "Organization whose course or policy is meant, if it is one.")
          .text("description", true, Alignment::description, Alignment.Builder::description,
              "What the strategy aligns with. Required, not empty.")
          .build();

  /** The codec of {@link ActionLine}. */
  public static final ObjectCodec<ActionLine, ActionLine.Builder> ACTION_LINE =
      ObjectCodec.define(ActionLine.class, "action line", ActionLine::builder, ActionLine.Builder::build)
          .required("key", Codecs.ACTION_LINE_REF, ActionLine::ref, ActionLine.Builder::ref,
              "Key of this action line, unique in the landscape. Required.")
          .text("label", true, ActionLine::label, ActionLine.Builder::label,
              "Name in Dutch and English. Required, not empty.")
          .text("description", false, ActionLine::description, ActionLine.Builder::description,
              "What the action line aims at, in collabkit's own words.")
          .set("partnerTypes", Codecs.vocabulary(OrganizationType.class), ActionLine::partnerTypes, ActionLine.Builder::partnerTypes,
              "Partner organization types that put a partnership under this line.")
          .set("partnerSectors", Codecs.vocabulary(Sector.class), ActionLine::partnerSectors, ActionLine.Builder::partnerSectors,
              "Partner sectors that put a partnership under this line.")
          .set("partnershipKinds", Codecs.vocabulary(PartnershipKind.class), ActionLine::partnershipKinds, ActionLine.Builder::partnershipKinds,
              "Partnership kinds that fall under this line.")
          .set("infrastructureKinds", Codecs.vocabulary(InfrastructureKind.class), ActionLine::infrastructureKinds, ActionLine.Builder::infrastructureKinds,
              "Infrastructure kinds this line concerns.")
          .set("scopes", Codecs.vocabulary(GeographicScope.class), ActionLine::scopes, ActionLine.Builder::scopes,
              "Geographic scopes this line concerns.")
          .set("keywords", Codecs.STRING, ActionLine::keywords, ActionLine.Builder::keywords,
              "Lower-case words or phrases in any language that signal this line in titles and descriptions, such as use or gebruik.")
          .build();

  /** The codec of {@link Strategy}. */
  public static final ObjectCodec<Strategy, Strategy.Builder> STRATEGY =
      ObjectCodec.define(Strategy.class, "strategy", Strategy::builder, Strategy.Builder::build)
          .required("key", Codecs.STRATEGY_REF, Strategy::ref, Strategy.Builder::ref,
              "Key of this strategy. Required.")
          .text("title", true, Strategy::title, Strategy.Builder::title,
              "Title. Required, not empty.")
          .text("description", false, Strategy::description, Strategy.Builder::description,
              "Summary in collabkit's own words.")
          .list("owners", Codecs.ORGANIZATION_REF, Strategy::owners, Strategy.Builder::owners,
              "Organizations that own the strategy. At least one.")
          .optional("period", PERIOD, Strategy::period, Strategy.Builder::period,
              "Period the strategy covers, such as 2025-2030, when the source gives one.")
          .list("alignsWith", ALIGNMENT, Strategy::alignsWith, Strategy.Builder::alignsWith,
              "What the strategy aligns with. Zero or more.")
          .list("principles", Codecs.LOCALIZED_TEXT, Strategy::principles, Strategy.Builder::principles,
              "Principles the strategy keeps to, such as equality between partners. Zero or more.")
          .list("actionLines", ACTION_LINE, Strategy::actionLines, Strategy.Builder::actionLines,
              "Action lines, in the strategy's order. Zero or more.")
          .list("figures", QUANTITY, Strategy::figures, Strategy.Builder::figures,
              "Figures the strategy states about its owners, such as the share of their research done with external partners. Zero or more.")
          .list("ambitions", AMBITION, Strategy::ambitions, Strategy.Builder::ambitions,
              "What the owners aim to reach. Zero or more.")
          .list("sources", Codecs.SOURCE_REF, Strategy::sources, Strategy.Builder::sources,
              "Sources this entity's facts come from. Binds Source keys of the landscape; empty when not recorded.")
.list("statements", STATEMENT, Strategy::statements, Strategy.Builder::statements,
              "How particular statements about this entity are known: stated, inferred, from a registry or editorial. Zero or more.")
          .build();

  /** The codec of {@link Source}. */
  public static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.define(Source.class, "source", Source::builder, Source.Builder::build)
          .required("key", Codecs.SOURCE_REF, Source::ref, Source.Builder::ref,
              "Key of this source, such as seed-000. Required.")
          .text("title", true, Source::title, Source.Builder::title,
              "Title of the document. Required, not empty.")
          .defaulted("type", Codecs.vocabulary(SourceType.class), Source::type, Source.Builder::type,
              "What kind of document it is. Binds SourceType; defaults to SourceType#OTHER.")
          .optional("publisher", Codecs.STRING, Source::publisher, Source.Builder::publisher,
              "Who published it, as written.")
          .optional("date", Codecs.PARTIAL_DATE, Source::date, Source.Builder::date,
              "When it was published, at the precision known.")
          .optional("language", Codecs.LANGUAGE, Source::language, Source.Builder::language,
              "BCP 47 language of the document, such as nl.")
          .optional("url", Codecs.URL, Source::url, Source.Builder::url,
              "Where the document can be read.")
          .optional("seed", Codecs.STRING, Source::seed, Source.Builder::seed,
              "File name of the source document in collabkit's seed collection, when it is one.")
          .list("sources", Codecs.SOURCE_REF, Source::sources, Source.Builder::sources,
              "Sources this source relies on; usually empty.")
          .build();

  /** The codec of {@link Concept}. */
  public static final ObjectCodec<Concept, Concept.Builder> CONCEPT =
      ObjectCodec.define(Concept.class, "concept", Concept::builder, Concept.Builder::build)
          .required("scheme", Codecs.CODE, Concept::scheme, Concept.Builder::scheme,
              "Scheme the concept belongs to, such as theme or capability. Required, lower-case code.")
          .required("code", Codecs.CODE, Concept::code, Concept.Builder::code,
              "Code, unique within its scheme. Required, lower-case code.")
          .text("label", true, Concept::label, Concept.Builder::label,
              "Label in Dutch and English. Required, not empty.")
          .text("definition", false, Concept::definition, Concept.Builder::definition,
              "Definition in collabkit's own words.")
          .build();

  /** The codec of {@link Landscape}. */
  public static final ObjectCodec<Landscape, Landscape.Builder> LANDSCAPE =
      ObjectCodec.define(Landscape.class, "landscape", Landscape::builder, Landscape.Builder::build)
          .required("name", Codecs.STRING, Landscape::name, Landscape.Builder::name,
              "Name of the dataset. Required, not blank.")
          .text("description", false, Landscape::description, Landscape.Builder::description,
              "What the dataset holds, in its publisher's words.")
          .optional("license", Codecs.LICENSE, Landscape::license, Landscape.Builder::license,
              "Licence the dataset is published under: an SPDX identifier such as CC-BY-4.0, or the address of the licence text.")
          .optional("url", Codecs.URL, Landscape::url, Landscape.Builder::url,
              "Web page of the dataset.")
          .list("creators", Codecs.STRING, Landscape::creators, Landscape.Builder::creators,
              "Organizations that made the dataset, by name. Zero or more.")
          .entities("sources", SOURCE, Landscape::sources, Landscape.Builder::addSource,
              "Sources the data comes from. Zero or more.")
          .entities("concepts", CONCEPT, Landscape::concepts, Landscape.Builder::addConcept,
              "Concepts of the data-defined schemes (theme, capability, unit). Zero or more.")
          .entities("organizations", ORGANIZATION, Landscape::organizations, Landscape.Builder::addOrganization,
              "Organizations and their units. Zero or more.")
          .entities("people", PERSON, Landscape::people, Landscape.Builder::addPerson,
              "People. Zero or more.")
          .entities("partnerships", PARTNERSHIP, Landscape::partnerships, Landscape.Builder::addPartnership,
              "Partnerships. Zero or more.")
          .entities("infrastructures", INFRASTRUCTURE, Landscape::infrastructures, Landscape.Builder::addInfrastructure,
              "Research infrastructures. Zero or more.")
          .entities("strategies", STRATEGY, Landscape::strategies, Landscape.Builder::addStrategy,
              "Strategies with their action lines. Zero or more.")
          .entities("events", EVENT, Landscape::events, Landscape.Builder::addEvent,
              "Events at which agreements were signed, each shared by the partnerships that refer to it with signedAt. Zero or more.")
          .build();

  /** Every object codec, leaves first. */
  public static final List<ObjectCodec<?, ?>> ALL = List.of(PERIOD, NAME, STATEMENT, IDENTIFIER, LOCATION, QUANTITY, MONEY, FUNDING, ORGANIZATION_RELATION, ORGANIZATION, ROLE, PERSON, PARTICIPATION, SIGNATORY, SIGNING_EVENT, ATTENDEE, EVENT, WORK_AREA, INSTRUMENT, AMBITION, PARTNERSHIP_LINK, PARTNERSHIP, INFRASTRUCTURE_PARTICIPATION, ACCESS_TERM, READINESS, COLLECTION_PROFILE, INFRASTRUCTURE, ALIGNMENT, ACTION_LINE, STRATEGY, SOURCE, CONCEPT, LANDSCAPE);

  /** The top-level entity codecs by the type name a line of newline-delimited JSON carries. */
  public static final Map<String, ObjectCodec<?, ?>> ENTITIES = Map.of(
      "source", SOURCE, "concept", CONCEPT, "organization", ORGANIZATION, "person", PERSON,
      "partnership", PARTNERSHIP, "infrastructure", INFRASTRUCTURE, "strategy", STRATEGY,
      "event", EVENT);
}
