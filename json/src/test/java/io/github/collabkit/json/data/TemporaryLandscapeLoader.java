package io.github.collabkit.json.data;

import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessTerm;
import io.github.collabkit.model.ActionLine;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.Alignment;
import io.github.collabkit.model.Ambition;
import io.github.collabkit.model.Concept;
import io.github.collabkit.model.DateQualifier;
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
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
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
import io.github.collabkit.model.Period;
import io.github.collabkit.model.Person;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.Quantity;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Role;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.Signatory;
import io.github.collabkit.model.SigningEvent;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.Source;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.Strategy;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.Vocabulary;
import io.github.collabkit.model.WorkArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A strict, throwaway reader of the bundled dataset for tests, used only until the json module's
 * reader lands on main; it rejects unknown properties so that typos in the hand-written file show.
 */
final class TemporaryLandscapeLoader {
  static final String RESOURCE = "/io/github/collabkit/json/data/dutch-umc-landscape.json";

  private TemporaryLandscapeLoader() {}

  static Landscape bundled() {
    try (InputStream in = TemporaryLandscapeLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return landscape(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void allow(JsonNode node, String where, String... names) {
    Set<String> allowed = Set.of(names);
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown property '" + name + "'");
      }
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null ? null : v.stringValue();
  }

  private static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    JsonNode v = node.get(name);
    if (v != null) {
      v.forEach(e -> out.add(f.apply(e)));
    }
    return out;
  }

  private static <E extends Enum<E> & Vocabulary> E code(Class<E> type, JsonNode node, String name) {
    String t = text(node, name);
    return t == null ? null : Vocabulary.fromCode(type, t);
  }

  private static LocalizedText lt(JsonNode node) {
    if (node == null) {
      return LocalizedText.empty();
    }
    Map<String, String> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), e.getValue().stringValue()));
    return LocalizedText.of(map);
  }

  private static PartialDate date(JsonNode node, String name) {
    String t = text(node, name);
    return t == null ? null : PartialDate.parse(t);
  }

  private static Landscape landscape(JsonNode n) {
    allow(n, "landscape", "formatVersion", "name", "description", "sources", "concepts", "organizations",
        "people", "partnerships", "infrastructures", "strategies");
    return Landscape.builder()
        .name(text(n, "name"))
        .description(lt(n.get("description")))
        .addAllSources(list(n, "sources", TemporaryLandscapeLoader::source))
        .addAllConcepts(list(n, "concepts", TemporaryLandscapeLoader::concept))
        .addAllOrganizations(list(n, "organizations", TemporaryLandscapeLoader::organization))
        .addAllPeople(list(n, "people", TemporaryLandscapeLoader::person))
        .addAllPartnerships(list(n, "partnerships", TemporaryLandscapeLoader::partnership))
        .addAllInfrastructures(list(n, "infrastructures", TemporaryLandscapeLoader::infrastructure))
        .addAllStrategies(list(n, "strategies", TemporaryLandscapeLoader::strategy))
        .build();
  }

  private static Source source(JsonNode n) {
    allow(n, "source", "key", "title", "type", "publisher", "date", "language", "url", "seed", "sources");
    Source.Builder b = Source.builder().key(SourceRef.of(text(n, "key"))).title(lt(n.get("title")))
        .type(code(SourceType.class, n, "type"));
    if (n.has("publisher")) b.publisher(text(n, "publisher"));
    if (n.has("date")) b.date(date(n, "date"));
    if (n.has("language")) b.language(text(n, "language"));
    if (n.has("url")) b.url(text(n, "url"));
    if (n.has("seed")) b.seed(text(n, "seed"));
    return b.addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue()))).build();
  }

  private static Concept concept(JsonNode n) {
    allow(n, "concept", "scheme", "code", "label", "definition");
    return Concept.builder().scheme(text(n, "scheme")).code(text(n, "code")).label(lt(n.get("label")))
        .definition(lt(n.get("definition"))).build();
  }

  private static Name name(JsonNode n) {
    allow(n, "name", "value", "language", "kind");
    Name.Builder b = Name.builder().value(text(n, "value")).kind(code(NameKind.class, n, "kind"));
    if (n.has("language")) b.language(text(n, "language"));
    return b.build();
  }

  private static Organization organization(JsonNode n) {
    String key = text(n, "key");
    allow(n, "organization " + key, "key", "names", "types", "sector", "location", "identifiers", "parent",
        "relations", "status", "established", "description", "sources");
    Organization.Builder b = Organization.builder().key(OrganizationRef.of(key))
        .addAllNames(list(n, "names", TemporaryLandscapeLoader::name))
        .addAllTypes(list(n, "types", t -> Vocabulary.fromCode(OrganizationType.class, t.stringValue())))
        .status(code(OrganizationStatus.class, n, "status"))
        .description(lt(n.get("description")))
        .addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue())));
    if (n.has("sector")) b.sector(code(Sector.class, n, "sector"));
    if (n.has("location")) {
      JsonNode l = n.get("location");
      allow(l, "location of " + key, "countryCode", "city", "region");
      Location.Builder lb = Location.builder().countryCode(text(l, "countryCode"));
      if (l.has("city")) lb.city(text(l, "city"));
      if (l.has("region")) lb.region(text(l, "region"));
      b.location(lb.build());
    }
    b.addAllIdentifiers(list(n, "identifiers", i -> {
      allow(i, "identifier of " + key, "scheme", "value");
      return Identifier.of(Vocabulary.fromCode(IdentifierScheme.class, text(i, "scheme")), text(i, "value"));
    }));
    if (n.has("parent")) b.parent(OrganizationRef.of(text(n, "parent")));
    b.addAllRelations(list(n, "relations", r -> {
      allow(r, "relation of " + key, "kind", "organization");
      return OrganizationRelation.of(code(RelationKind.class, r, "kind"), OrganizationRef.of(text(r, "organization")));
    }));
    if (n.has("established")) b.established(date(n, "established"));
    return b.build();
  }

  private static Period period(JsonNode n) {
    allow(n, "period", "start", "end");
    Period.Builder b = Period.builder();
    if (n.has("start")) b.start(date(n, "start"));
    if (n.has("end")) b.end(date(n, "end"));
    return b.build();
  }

  private static Person person(JsonNode n) {
    String key = text(n, "key");
    allow(n, "person " + key, "key", "name", "roles", "sources");
    return Person.builder().key(PersonRef.of(key)).name(text(n, "name"))
        .addAllRoles(list(n, "roles", r -> {
          allow(r, "role of " + key, "title", "organization", "period");
          Role.Builder rb = Role.builder().title(lt(r.get("title"))).organization(OrganizationRef.of(text(r, "organization")));
          if (r.has("period")) rb.period(period(r.get("period")));
          return rb.build();
        }))
        .addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue())))
        .build();
  }

  private static Partnership partnership(JsonNode n) {
    String key = text(n, "key");
    allow(n, "partnership " + key, "key", "title", "kind", "status", "description", "parties", "signatories",
        "signing", "period", "workAreas", "themes", "scope", "instruments", "ambitions", "links",
        "infrastructures", "actionLines", "sources");
    Partnership.Builder b = Partnership.builder().key(PartnershipRef.of(key)).title(lt(n.get("title")))
        .kind(code(PartnershipKind.class, n, "kind"))
        .status(code(PartnershipStatus.class, n, "status"))
        .description(lt(n.get("description")))
        .addAllParties(list(n, "parties", p -> {
          allow(p, "party of " + key, "organization", "role", "leaders", "contribution");
          return Participation.builder().organization(OrganizationRef.of(text(p, "organization")))
              .role(code(PartyRole.class, p, "role"))
              .addAllLeaders(list(p, "leaders", l -> PersonRef.of(l.stringValue())))
              .contribution(lt(p.get("contribution"))).build();
        }))
        .addAllSignatories(list(n, "signatories", s -> {
          allow(s, "signatory of " + key, "person", "organization");
          return Signatory.of(PersonRef.of(text(s, "person")), OrganizationRef.of(text(s, "organization")));
        }));
    if (n.has("signing")) {
      JsonNode s = n.get("signing");
      allow(s, "signing of " + key, "date", "dateQualifier", "place", "city", "mode", "occasion");
      SigningEvent.Builder sb = SigningEvent.builder().date(date(s, "date")).place(lt(s.get("place")))
          .occasion(lt(s.get("occasion")));
      if (s.has("dateQualifier")) sb.dateQualifier(code(DateQualifier.class, s, "dateQualifier"));
      if (s.has("city")) sb.city(text(s, "city"));
      if (s.has("mode")) sb.mode(code(SigningMode.class, s, "mode"));
      b.signing(sb.build());
    }
    if (n.has("period")) b.period(period(n.get("period")));
    b.addAllWorkAreas(list(n, "workAreas", w -> {
      allow(w, "work area of " + key, "title", "description", "infrastructures", "themes");
      return WorkArea.builder().title(lt(w.get("title"))).description(lt(w.get("description")))
          .addAllInfrastructures(list(w, "infrastructures", i -> InfrastructureRef.of(i.stringValue())))
          .addAllThemes(list(w, "themes", JsonNode::stringValue)).build();
    }));
    b.addAllThemes(list(n, "themes", JsonNode::stringValue));
    if (n.has("scope")) b.scope(code(GeographicScope.class, n, "scope"));
    b.addAllInstruments(list(n, "instruments", i -> {
      allow(i, "instrument of " + key, "kind", "title", "description");
      return Instrument.builder().kind(code(InstrumentKind.class, i, "kind")).title(lt(i.get("title")))
          .description(lt(i.get("description"))).build();
    }));
    b.addAllAmbitions(list(n, "ambitions", a -> {
      allow(a, "ambition of " + key, "description", "organizations", "horizon");
      Ambition.Builder ab = Ambition.builder().description(lt(a.get("description")))
          .addAllOrganizations(list(a, "organizations", o -> OrganizationRef.of(o.stringValue())));
      if (a.has("horizon")) ab.horizon(date(a, "horizon"));
      return ab.build();
    }));
    b.addAllLinks(list(n, "links", l -> {
      allow(l, "link of " + key, "relation", "partnership");
      return PartnershipLink.of(code(PartnershipRelationKind.class, l, "relation"), PartnershipRef.of(text(l, "partnership")));
    }));
    b.addAllInfrastructures(list(n, "infrastructures", i -> InfrastructureRef.of(i.stringValue())));
    b.addAllActionLines(list(n, "actionLines", a -> ActionLineRef.of(a.stringValue())));
    return b.addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue()))).build();
  }

  private static Quantity quantity(JsonNode q) {
    allow(q, "quantity", "value", "unit", "qualifier", "label", "asOf");
    Quantity.Builder b = Quantity.builder().value(q.get("value").doubleValue()).unit(text(q, "unit"))
        .qualifier(code(QuantityQualifier.class, q, "qualifier")).label(lt(q.get("label")));
    if (q.has("asOf")) b.asOf(date(q, "asOf"));
    return b.build();
  }

  private static Infrastructure infrastructure(JsonNode n) {
    String key = text(n, "key");
    allow(n, "infrastructure " + key, "key", "names", "kinds", "description", "organizations", "capabilities",
        "themes", "access", "figures", "scope", "coverage", "partOf", "status", "period", "actionLines", "sources");
    Infrastructure.Builder b = Infrastructure.builder().key(InfrastructureRef.of(key))
        .addAllNames(list(n, "names", TemporaryLandscapeLoader::name))
        .addAllKinds(list(n, "kinds", k -> Vocabulary.fromCode(InfrastructureKind.class, k.stringValue())))
        .description(lt(n.get("description")))
        .addAllOrganizations(list(n, "organizations", o -> {
          allow(o, "organization of " + key, "organization", "role");
          return InfrastructureParticipation.of(OrganizationRef.of(text(o, "organization")),
              code(InfrastructureRole.class, o, "role"));
        }))
        .addAllCapabilities(list(n, "capabilities", JsonNode::stringValue))
        .addAllThemes(list(n, "themes", JsonNode::stringValue))
        .addAllAccess(list(n, "access", a -> {
          allow(a, "access of " + key, "audience", "conditions");
          return AccessTerm.builder().audience(code(AccessAudience.class, a, "audience"))
              .conditions(lt(a.get("conditions"))).build();
        }))
        .addAllFigures(list(n, "figures", TemporaryLandscapeLoader::quantity))
        .coverage(lt(n.get("coverage")))
        .status(code(InfrastructureStatus.class, n, "status"))
        .addAllActionLines(list(n, "actionLines", a -> ActionLineRef.of(a.stringValue())))
        .addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue())));
    if (n.has("scope")) b.scope(code(GeographicScope.class, n, "scope"));
    if (n.has("partOf")) b.partOf(InfrastructureRef.of(text(n, "partOf")));
    if (n.has("period")) b.period(period(n.get("period")));
    return b.build();
  }

  private static Strategy strategy(JsonNode n) {
    String key = text(n, "key");
    allow(n, "strategy " + key, "key", "title", "description", "owners", "period", "alignsWith", "principles",
        "actionLines", "figures", "sources");
    return Strategy.builder().key(StrategyRef.of(key)).title(lt(n.get("title"))).description(lt(n.get("description")))
        .addAllOwners(list(n, "owners", o -> OrganizationRef.of(o.stringValue())))
        .period(period(n.get("period")))
        .addAllAlignsWith(list(n, "alignsWith", a -> {
          allow(a, "alignment of " + key, "organization", "description");
          Alignment.Builder ab = Alignment.builder().description(lt(a.get("description")));
          if (a.has("organization")) ab.organization(OrganizationRef.of(text(a, "organization")));
          return ab.build();
        }))
        .addAllPrinciples(list(n, "principles", TemporaryLandscapeLoader::lt))
        .addAllActionLines(list(n, "actionLines", a -> {
          allow(a, "action line of " + key, "key", "label", "description", "partnerTypes", "partnerSectors",
              "partnershipKinds", "infrastructureKinds", "scopes", "keywords");
          return ActionLine.builder().key(ActionLineRef.of(text(a, "key"))).label(lt(a.get("label")))
              .description(lt(a.get("description")))
              .addAllPartnerTypes(list(a, "partnerTypes", t -> Vocabulary.fromCode(OrganizationType.class, t.stringValue())))
              .addAllPartnerSectors(list(a, "partnerSectors", t -> Vocabulary.fromCode(Sector.class, t.stringValue())))
              .addAllPartnershipKinds(list(a, "partnershipKinds", t -> Vocabulary.fromCode(PartnershipKind.class, t.stringValue())))
              .addAllInfrastructureKinds(list(a, "infrastructureKinds", t -> Vocabulary.fromCode(InfrastructureKind.class, t.stringValue())))
              .addAllScopes(list(a, "scopes", t -> Vocabulary.fromCode(GeographicScope.class, t.stringValue())))
              .addAllKeywords(list(a, "keywords", JsonNode::stringValue))
              .build();
        }))
        .addAllFigures(list(n, "figures", TemporaryLandscapeLoader::quantity))
        .addAllSources(list(n, "sources", s -> SourceRef.of(s.stringValue())))
        .build();
  }
}
