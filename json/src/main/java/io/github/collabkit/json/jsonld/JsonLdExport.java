package io.github.collabkit.json.jsonld;

import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.Attendee;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Event;
import io.github.collabkit.model.Funding;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Infrastructure;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureParticipation;
import io.github.collabkit.model.Instrument;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Money;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Participation;
import io.github.collabkit.model.Partnership;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.Period;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Strategy;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a {@link Landscape} as a JSON-LD document in the schema.org vocabulary.
 *
 * <p>The document has an inline context, {@code {"@vocab": "https://schema.org/"}}, so a JSON-LD
 * processor needs no network to expand it, and a {@code @graph} with one node for the dataset and
 * one per organization, person, partnership, event, infrastructure and strategy:
 *
 * <ul>
 *   <li>the dataset is a {@code Dataset} with its {@code name}, language-tagged {@code description},
 *       {@code license} (an SPDX identifier as its {@code spdx.org} page), {@code url}, each creator
 *       as an {@code Organization} under {@code creator}, and every other node under {@code hasPart};
 *   <li>an organization is an {@code Organization} (plus a more specific type where schema.org has one:
 *       {@code Hospital}, {@code CollegeOrUniversity}, {@code MedicalOrganization}, ...) with its names
 *       as language-tagged {@code name} and {@code alternateName}, its identifiers as {@code
 *       PropertyValue}s under {@code identifier} and, where they resolve, under {@code sameAs}, its
 *       website as {@code url}, its parent as {@code parentOrganization}, and the partnerships it is a
 *       party to and the consortia it is a member of as {@code memberOf} (a dated membership as an
 *       {@code OrganizationRole} with {@code startDate} and {@code endDate});
 *   <li>a partnership is a {@code ResearchProject} (a joint lab, consortium, research programme or
 *       academic workplace) or a {@code Project}, with its title as {@code name}, its period as {@code
 *       foundingDate} and {@code dissolutionDate}, and each party as an {@code OrganizationRole} under
 *       {@code member} carrying the role's code as {@code roleName} and the party's own period, else
 *       the partnership's; funders are also listed as {@code funder}, and each funding (funder,
 *       programme as {@code name}, grant code as {@code identifier}, sum) and each instrument with a
 *       sum (a stimulation fund) is a {@code MonetaryGrant} under {@code funding}, its sum a {@code
 *       MonetaryAmount} with the exact decimal as text ({@code value}, or {@code minValue} / {@code
 *       maxValue} for "more than" and "less than"), dated by the funding's period ({@code
 *       validFrom}, {@code validThrough});
 *   <li>an infrastructure is a {@code Service} whose organizations are {@code Role}s under {@code
 *       provider}, dated when the participation is, with its kinds as {@code serviceType};
 *   <li>an event (a signing ceremony) is an {@code Event} with its title as {@code name}, its date as
 *       {@code startDate}, its place as a {@code Place} under {@code location} (with the address), its
 *       host as {@code organizer}, each attendee as a {@code Role} under {@code attendee} with the
 *       role codes as {@code roleName}, and the partnerships signed there under {@code about};
 *   <li>an infrastructure's readiness and collection profile have no schema.org counterpart and
 *       are left out;
 *   <li>a person is a {@code Person} with each role as an {@code OrganizationRole} under {@code
 *       affiliation}: the role's title as language-tagged {@code roleName}, its period as {@code
 *       startDate} and {@code endDate}, the organization as the inner {@code affiliation};
 *   <li>a strategy is a {@code CreativeWork} of {@code genre} {@code strategy}, with its title as
 *       {@code name}, its owners as {@code author}, its period as an ISO 8601 interval under {@code
 *       temporalCoverage} ({@code 2022/..} when open) and its action lines as {@code CreativeWork}s
 *       under {@code hasPart};
 *   <li>themes are {@code keywords} in words: each theme's label in every language the landscape
 *       gives it, language-tagged, or its code when the landscape does not define it;
 *   <li>figures (counts such as the nine researchers of a network) are left out: schema.org has no
 *       property for them on organizations;
 *   <li>prospective parties, participants and memberships, which have not joined, are left out:
 *       schema.org has no foreseen member, and a consumer would read them as members;
 *   <li>every entity carries its collabkit key as a {@code PropertyValue} with {@code propertyID}
 *       {@code "collabkit"}, and partial dates are ISO 8601 strings at their precision.
 * </ul>
 *
 * <p>Node identifiers are the base IRI followed by the entity type and key, such as {@code
 * urn:collabkit:organization/lumc}; publishers set their own with {@link #withBaseIri(String)}.
 *
 * <pre>{@code
 * String jsonLd = JsonLdExport.create()
 *     .withBaseIri("https://example.org/collabkit/")
 *     .toJsonLdString(landscape);
 * }</pre>
 *
 * <p>An export is immutable and safe to share between threads.
 */
public final class JsonLdExport {

  /** The base IRI used unless {@link #withBaseIri(String)} sets another: {@value}. */
  public static final String DEFAULT_BASE_IRI = "urn:collabkit:";

  /** The schema.org vocabulary IRI, the document's {@code @vocab}: {@value}. */
  public static final String SCHEMA_ORG = "https://schema.org/";

  /**
   * Configured once. Strings are written safe to embed in an HTML {@code <script
   * type="application/ld+json">} element: {@code <}, {@code >} and {@code &} as {@code \\u003c},
   * {@code \\u003e} and {@code \\u0026}, so no {@code </script>} or {@code <!--} can end or change the
   * element, and U+2028 and U+2029 escaped, which older JavaScript parsers take as line ends. The
   * JSON means the same; only its spelling changes.
   */
  private static final JsonMapper MAPPER = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
      .characterEscapes(new HtmlSafeEscapes()).build()).build();

  private static final JsonLdExport DEFAULT = new JsonLdExport(DEFAULT_BASE_IRI);

  private static final Map<OrganizationType, String> SPECIFIC_TYPES = Map.ofEntries(
      Map.entry(OrganizationType.UMC, "MedicalOrganization"),
      Map.entry(OrganizationType.UNIVERSITY, "CollegeOrUniversity"),
      Map.entry(OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES, "CollegeOrUniversity"),
      Map.entry(OrganizationType.VOCATIONAL_SCHOOL, "EducationalOrganization"),
      Map.entry(OrganizationType.HOSPITAL, "Hospital"),
      Map.entry(OrganizationType.CARE_ORGANIZATION, "MedicalOrganization"),
      Map.entry(OrganizationType.GENERAL_PRACTICE, "MedicalOrganization"),
      Map.entry(OrganizationType.PUBLIC_HEALTH_SERVICE, "GovernmentOrganization"),
      Map.entry(OrganizationType.GOVERNMENT_BODY, "GovernmentOrganization"),
      Map.entry(OrganizationType.COMPANY, "Corporation"),
      Map.entry(OrganizationType.CONTRACT_RESEARCH_ORGANIZATION, "Corporation"),
      Map.entry(OrganizationType.RESEARCH_INSTITUTE, "ResearchOrganization"),
      Map.entry(OrganizationType.FOUNDATION, "NGO"));

  private static final Set<PartnershipKind> RESEARCH_KINDS = Set.of(PartnershipKind.JOINT_LAB,
      PartnershipKind.CONSORTIUM, PartnershipKind.RESEARCH_PROGRAM, PartnershipKind.ACADEMIC_WORKPLACE);

  private final String baseIri;

  private JsonLdExport(String baseIri) {
    this.baseIri = baseIri;
  }

  /**
   * Returns an export with the {@linkplain #DEFAULT_BASE_IRI default base IRI}.
   *
   * @return the export
   */
  public static JsonLdExport create() {
    return DEFAULT;
  }

  /**
   * Returns a copy that forms node identifiers from another base IRI, such as {@code
   * https://example.org/collabkit/}. The base must be an {@code http} or {@code https} URL with a
   * host (no user information) or a {@code urn:} or {@code tag:} IRI; anything else, such as {@code
   * javascript:}, is refused. The entity type and key are joined to it with a separator where it
   * has none: {@code https://example.org} becomes {@code https://example.org/}, {@code
   * https://example.org/kb} becomes {@code https://example.org/kb/} and {@code urn:example} becomes
   * {@code urn:example:}.
   *
   * @param baseIri an absolute IRI
   * @return the new export
   * @throws InvalidValueException if {@code baseIri} is not an allowed absolute IRI
   */
  public JsonLdExport withBaseIri(String baseIri) {
    return new JsonLdExport(checkBase(baseIri));
  }

  private static String checkBase(String baseIri) {
    String problem = null;
    URI uri = null;
    if (baseIri == null) {
      problem = "got null";
    } else {
      try {
        uri = new URI(baseIri);
      } catch (URISyntaxException e) {
        problem = "it is not an IRI: " + e.getReason();
      }
    }
    String scheme = uri == null || uri.getScheme() == null ? null : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (problem == null && scheme == null) {
      problem = "it is not absolute (it has no scheme)";
    } else if (problem == null && (scheme.equals("http") || scheme.equals("https"))) {
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        problem = "an http(s) base needs a host";
      } else if (uri.getRawUserInfo() != null) {
        problem = "an http(s) base must not carry user information";
      } else if (uri.getRawQuery() != null) {
        problem = "a base must not carry a query";
      }
    } else if (problem == null && !scheme.equals("urn") && !scheme.equals("tag")) {
      problem = "the scheme '" + scheme + "' is not allowed (allowed: http, https, urn, tag)";
    }
    if (problem != null) {
      throw new InvalidValueException("JSON-LD export", null, "baseIri",
          "must be an absolute IRI, an http(s) URL with a host or a urn: or tag: IRI such as 'https://example.org/collabkit/'; "
              + problem + (baseIri == null ? "" : ": '" + baseIri + "'"));
    }
    if (baseIri.endsWith("/") || baseIri.endsWith("#") || baseIri.endsWith(":")) {
      return baseIri;
    }
    return baseIri + (scheme.startsWith("http") ? "/" : ":");
  }

  /**
   * Returns the base IRI node identifiers are formed from.
   *
   * @return the base IRI
   */
  public String baseIri() {
    return baseIri;
  }

  /**
   * Returns the node identifier of an entity: the base IRI, the entity type (spaces as hyphens), a
   * slash and the key.
   *
   * @param ref the entity's reference, such as {@code OrganizationRef.of("lumc")}
   * @return the IRI, such as {@code urn:collabkit:organization/lumc} or {@code
   *     urn:collabkit:action-line/regional-care}
   */
  public String id(EntityRef ref) {
    NullValueException.requireArgument("ref", ref);
    return baseIri + ref.entityType().replace(' ', '-') + "/" + ref.key();
  }

  /**
   * Returns the JSON-LD document as a Jackson tree.
   *
   * @param landscape the dataset to export
   * @return a new tree, owned by the caller
   */
  public ObjectNode toJsonLd(Landscape landscape) {
    NullValueException.requireArgument("landscape", landscape);
    ObjectNode document = MAPPER.createObjectNode();
    document.putObject("@context").put("@vocab", SCHEMA_ORG);
    ArrayNode graph = document.putArray("@graph");
    ObjectNode dataset = dataset(landscape);
    graph.add(dataset);
    landscape.organizations().forEach(o -> graph.add(organization(landscape, o)));
    landscape.people().forEach(p -> graph.add(person(p)));
    landscape.partnerships().forEach(p -> graph.add(partnership(landscape, p)));
    landscape.events().forEach(e -> graph.add(event(landscape, e)));
    landscape.infrastructures().forEach(i -> graph.add(infrastructure(i)));
    landscape.strategies().forEach(s -> graph.add(strategy(s)));
    ArrayNode parts = dataset.putArray("hasPart");
    for (int i = 1; i < graph.size(); i++) {
      parts.addObject().put("@id", graph.get(i).get("@id").asString());
    }
    if (parts.isEmpty()) {
      dataset.remove("hasPart");
    }
    return document;
  }

  /**
   * Returns the JSON-LD document as indented text.
   *
   * @param landscape the dataset to export
   * @return the document
   */
  public String toJsonLdString(Landscape landscape) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJsonLd(landscape));
  }

  /**
   * Writes the JSON-LD document, indented and in UTF-8, to a stream that is left open.
   *
   * @param landscape the dataset to export
   * @param out where to write it
   * @throws tools.jackson.core.JacksonException if writing fails
   */
  public void write(Landscape landscape, OutputStream out) {
    NullValueException.requireArgument("out", out);
    MAPPER.writerWithDefaultPrettyPrinter()
        .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .writeValue(out, toJsonLd(landscape));
  }

  private ObjectNode dataset(Landscape landscape) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@id", baseIri + "dataset");
    node.put("@type", "Dataset");
    node.put("name", landscape.name());
    texts(node, "description", landscape.description());
    landscape.license().ifPresent(l -> {
      if (l.contains(" ")) {
        node.put("license", l); // an SPDX expression has no page of its own
      } else {
        node.putObject("license").put("@id", licenseIri(l));
      }
    });
    landscape.url().ifPresent(u -> node.putObject("url").put("@id", u));
    if (!landscape.creators().isEmpty()) {
      ArrayNode creators = node.putArray("creator");
      landscape.creators().forEach(c -> creators.addObject().put("@type", "Organization").put("name", c));
    }
    return node;
  }

  /** An SPDX identifier as its page on spdx.org; an address as it is. */
  private static String licenseIri(String license) {
    if (license.startsWith("http://") || license.startsWith("https://")) {
      return license;
    }
    return "https://spdx.org/licenses/" + license;
  }

  private ObjectNode person(Person person) {
    ObjectNode node = node(person.ref(), "Person");
    keyIdentifier(node, person.ref());
    node.put("name", person.name());
    ArrayNode affiliations = node.putArray("affiliation");
    for (Role role : person.roles()) {
      ObjectNode affiliation = affiliations.addObject();
      affiliation.put("@type", "OrganizationRole");
      texts(affiliation, "roleName", role.title());
      dates(affiliation, role.period().flatMap(Period::start), role.period().flatMap(Period::end));
      affiliation.putObject("affiliation").put("@id", id(role.organization()));
    }
    if (affiliations.isEmpty()) {
      node.remove("affiliation");
    }
    return node;
  }

  private ObjectNode strategy(Strategy strategy) {
    ObjectNode node = node(strategy.ref(), "CreativeWork");
    keyIdentifier(node, strategy.ref());
    node.put("genre", "strategy");
    texts(node, "name", strategy.title());
    texts(node, "description", strategy.description());
    if (!strategy.owners().isEmpty()) {
      ArrayNode authors = node.putArray("author");
      strategy.owners().forEach(owner -> authors.addObject().put("@id", id(owner)));
    }
    strategy.period().ifPresent(period -> node.put("temporalCoverage",
        period.start().map(PartialDate::toString).orElse("..") + "/" + period.end().map(PartialDate::toString).orElse("..")));
    if (!strategy.actionLines().isEmpty()) {
      ArrayNode lines = node.putArray("hasPart");
      for (ActionLine line : strategy.actionLines()) {
        ObjectNode part = lines.addObject();
        part.put("@id", id(line.ref()));
        part.put("@type", "CreativeWork");
        part.put("genre", "action line");
        keyIdentifier(part, line.ref());
        texts(part, "name", line.label());
        texts(part, "description", line.description());
      }
    }
    return node;
  }

  private ObjectNode organization(Landscape landscape, Organization o) {
    ObjectNode node = node(o.ref(), "Organization");
    Set<String> types = new LinkedHashSet<>();
    types.add("Organization");
    o.types().stream().map(SPECIFIC_TYPES::get).filter(Objects::nonNull).forEach(types::add);
    if (types.size() > 1) {
      ArrayNode array = node.putArray("@type");
      types.forEach(array::add);
    }
    ArrayNode identifiers = keyIdentifier(node, o.ref());
    for (Identifier id : o.identifiers()) {
      if (id.scheme() == IdentifierScheme.WEBSITE) {
        node.putObject("url").put("@id", id.value());
        continue;
      }
      ObjectNode value = identifiers.addObject();
      value.put("@type", "PropertyValue");
      value.put("propertyID", id.scheme().code());
      value.put("value", id.value());
      resolvable(id).ifPresent(url -> {
        value.putObject("url").put("@id", url);
        sameAs(node).addObject().put("@id", url);
      });
    }
    for (Name name : o.names()) {
      boolean primary = name.kind() == NameKind.DISPLAY || name.kind() == NameKind.LABEL;
      ArrayNode names = node.has(primary ? "name" : "alternateName")
          ? (ArrayNode) node.get(primary ? "name" : "alternateName")
          : node.putArray(primary ? "name" : "alternateName");
      text(names, name.value(), name.language());
    }
    o.parent().ifPresent(parent -> node.putObject("parentOrganization").put("@id", id(parent)));
    var partnerships = landscape.partnershipsOf(o.ref());
    ArrayNode memberOf = node.putArray("memberOf");
    partnerships.forEach(p -> memberOf.addObject().put("@id", id(p.ref())));
    for (OrganizationRelation r : o.relations()) {
      if (r.kind() == RelationKind.MEMBER_OF && r.isJoined()) {
        if (r.period().isEmpty()) {
          memberOf.addObject().put("@id", id(r.organization()));
        } else {
          ObjectNode role = memberOf.addObject();
          role.put("@type", "OrganizationRole");
          dates(role, r.period().flatMap(Period::start), r.period().flatMap(Period::end));
          role.putObject("memberOf").put("@id", id(r.organization()));
        }
      }
    }
    if (memberOf.isEmpty()) {
      node.remove("memberOf");
    }
    o.established().ifPresent(d -> node.put("foundingDate", d.toString()));
    o.location().ifPresent(location -> address(node, location));
    texts(node, "description", o.description());
    return node;
  }

  private ObjectNode partnership(Landscape landscape, Partnership p) {
    ObjectNode node = node(p.ref(), RESEARCH_KINDS.contains(p.kind()) ? "ResearchProject" : "Project");
    keyIdentifier(node, p.ref());
    texts(node, "name", p.title());
    node.put("disambiguatingDescription", p.kind().label("en"));
    Optional<PartialDate> start = p.period().flatMap(Period::start);
    Optional<PartialDate> end = p.period().flatMap(Period::end);
    start.ifPresent(d -> node.put("foundingDate", d.toString()));
    end.ifPresent(d -> node.put("dissolutionDate", d.toString()));
    ArrayNode members = node.putArray("member");
    for (Participation party : p.parties()) {
      if (!party.isJoined()) {
        continue;
      }
      ObjectNode role = members.addObject();
      role.put("@type", "OrganizationRole");
      role.put("roleName", party.role().code());
      Optional<Period> own = party.period();
      dates(role, own.isPresent() ? own.flatMap(Period::start) : start, own.isPresent() ? own.flatMap(Period::end) : end);
      role.putObject("member").put("@id", id(party.organization()));
    }
    ArrayNode funders = null;
    for (Participation party : p.parties()) {
      if (party.role() == PartyRole.FUNDER && party.isJoined()) {
        funders = funders == null ? node.putArray("funder") : funders;
        funders.addObject().put("@id", id(party.organization()));
      }
    }
    ArrayNode grants = node.putArray("funding");
    for (Funding funding : p.fundings()) {
      ObjectNode grant = grants.addObject();
      grant.put("@type", "MonetaryGrant");
      grant.putObject("funder").put("@id", id(funding.funder()));
      texts(grant, "name", funding.programme());
      funding.code().ifPresent(code -> grant.put("identifier", code));
      ObjectNode amount = funding.amount().map(money -> amount(grant, money)).orElse(null);
      if (amount != null) {
        dates(amount, "validFrom", "validThrough", funding.period());
      }
    }
    for (Instrument instrument : p.instruments()) {
      if (instrument.amount().isPresent()) {
        ObjectNode grant = grants.addObject();
        grant.put("@type", "MonetaryGrant");
        texts(grant, "name", instrument.title());
        texts(grant, "description", instrument.description());
        amount(grant, instrument.amount().get());
      }
    }
    if (grants.isEmpty()) {
      node.remove("funding");
    }
    if (!p.themes().isEmpty()) {
      ArrayNode keywords = node.putArray("keywords");
      p.themes().forEach(theme -> keyword(keywords, landscape, "theme", theme));
    }
    texts(node, "description", p.description());
    return node;
  }

  private ObjectNode event(Landscape landscape, Event event) {
    ObjectNode node = node(event.ref(), "Event");
    keyIdentifier(node, event.ref());
    texts(node, "name", event.title());
    texts(node, "description", event.description());
    node.put("startDate", event.date().toString());
    if (!event.place().isEmpty() || event.location().isPresent()) {
      ObjectNode place = node.putObject("location");
      place.put("@type", "Place");
      texts(place, "name", event.place());
      event.location().ifPresent(location -> address(place, location));
    }
    event.host().ifPresent(host -> node.putObject("organizer").put("@id", id(host)));
    ArrayNode attendees = node.putArray("attendee");
    for (Attendee attendee : event.attendees()) {
      ObjectNode role = attendees.addObject();
      role.put("@type", "Role");
      ArrayNode roles = role.putArray("roleName");
      attendee.roles().forEach(r -> roles.add(r.code()));
      role.putObject("attendee").put("@id", id(attendee.person()));
    }
    if (attendees.isEmpty()) {
      node.remove("attendee");
    }
    ArrayNode about = node.putArray("about");
    landscape.partnershipsSignedAt(event.ref()).forEach(p -> about.addObject().put("@id", id(p.ref())));
    if (about.isEmpty()) {
      node.remove("about");
    }
    return node;
  }

  private ObjectNode infrastructure(Infrastructure i) {
    ObjectNode node = node(i.ref(), "Service");
    keyIdentifier(node, i.ref());
    for (Name name : i.names()) {
      boolean primary = name.kind() == NameKind.DISPLAY || name.kind() == NameKind.LABEL;
      String property = primary ? "name" : "alternateName";
      ArrayNode names = node.has(property) ? (ArrayNode) node.get(property) : node.putArray(property);
      text(names, name.value(), name.language());
    }
    ArrayNode serviceTypes = node.putArray("serviceType");
    for (InfrastructureKind kind : i.kinds()) {
      serviceTypes.add(kind.label("en"));
    }
    ArrayNode providers = node.putArray("provider");
    for (InfrastructureParticipation participant : i.organizations()) {
      if (!participant.isJoined()) {
        continue;
      }
      ObjectNode role = providers.addObject();
      role.put("@type", "Role");
      role.put("roleName", participant.role().code());
      dates(role, participant.period().flatMap(Period::start), participant.period().flatMap(Period::end));
      role.putObject("provider").put("@id", id(participant.organization()));
    }
    if (providers.isEmpty()) {
      node.remove("provider");
    }
    i.partOf().ifPresent(whole -> node.putObject("isRelatedTo").put("@id", id(whole)));
    texts(node, "description", i.description());
    return node;
  }

  /**
   * Adds a concept as keyword: its label in each language it has, so a consumer shows words rather
   * than codes; the code itself where the landscape does not define the concept.
   */
  private static void keyword(ArrayNode keywords, Landscape landscape, String scheme, String code) {
    Optional<Concept> concept = landscape.concept(scheme, code);
    if (concept.isEmpty()) {
      keywords.add(code);
      return;
    }
    concept.get().label().asMap().forEach((language, label) -> text(keywords, label, Optional.of(language)));
  }

  /**
   * Adds a sum as a {@code MonetaryAmount} whose value is the exact decimal, as text: an exact or
   * approximate sum as {@code value}, a lower bound ("more than", "at least") as {@code minValue}, an
   * upper bound ("less than", "at most") as {@code maxValue}; a sum that is not exact says which it
   * is in {@code description} ("About", "More than", ...).
   */
  private static ObjectNode amount(ObjectNode node, Money money) {
    ObjectNode amount = node.putObject("amount");
    amount.put("@type", "MonetaryAmount");
    String value = money.amount().toPlainString();
    switch (money.qualifier()) {
      case MORE_THAN, AT_LEAST -> amount.put("minValue", value);
      case LESS_THAN, AT_MOST -> amount.put("maxValue", value);
      default -> amount.put("value", value);
    }
    amount.put("currency", money.currency());
    if (money.qualifier() != QuantityQualifier.EXACT) {
      amount.put("description", money.qualifier().label("en"));
    }
    return amount;
  }

  private static void dates(ObjectNode node, String from, String to, Optional<Period> period) {
    period.flatMap(Period::start).ifPresent(d -> node.put(from, d.toString()));
    period.flatMap(Period::end).ifPresent(d -> node.put(to, d.toString()));
  }

  private static void dates(ObjectNode role, Optional<PartialDate> start, Optional<PartialDate> end) {
    start.ifPresent(d -> role.put("startDate", d.toString()));
    end.ifPresent(d -> role.put("endDate", d.toString()));
  }

  private ObjectNode node(EntityRef ref, String type) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("@id", id(ref));
    node.put("@type", type);
    return node;
  }

  private static ArrayNode keyIdentifier(ObjectNode node, EntityRef ref) {
    ArrayNode identifiers = node.putArray("identifier");
    ObjectNode key = identifiers.addObject();
    key.put("@type", "PropertyValue");
    key.put("propertyID", "collabkit");
    key.put("value", ref.key());
    return identifiers;
  }

  private static ArrayNode sameAs(ObjectNode node) {
    return node.has("sameAs") ? (ArrayNode) node.get("sameAs") : node.putArray("sameAs");
  }

  /** The IRI an identifier resolves to, for schemes whose identifiers are web addresses. */
  private static Optional<String> resolvable(Identifier id) {
    return switch (id.scheme()) {
      case ROR, WIKIDATA, ISNI -> Optional.of(id.url());
      default -> Optional.empty();
    };
  }

  private static void address(ObjectNode node, Location location) {
    ObjectNode address = node.putObject("address");
    address.put("@type", "PostalAddress");
    address.put("addressCountry", location.countryCode());
    location.city().ifPresent(city -> address.put("addressLocality", city));
    location.region().ifPresent(region -> address.put("addressRegion", region));
  }

  private static void texts(ObjectNode node, String property, LocalizedText text) {
    if (text.isEmpty()) {
      return;
    }
    ArrayNode values = node.putArray(property);
    text.asMap().forEach((language, value) -> text(values, value, Optional.of(language)));
  }

  /** Adds a value object with its language, or a plain string when the language is unknown. */
  private static void text(ArrayNode values, String value, Optional<String> language) {
    if (language.isPresent()) {
      values.addObject().put("@value", value).put("@language", language.get());
    } else {
      values.add(value);
    }
  }

  /** Escapes what could end or change an HTML script element, and the JavaScript line separators. */
  private static final class HtmlSafeEscapes extends tools.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    HtmlSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new tools.jackson.core.io.SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new tools.jackson.core.io.SerializedString("\\u2029");
      }
      return null;
    }
  }
}
