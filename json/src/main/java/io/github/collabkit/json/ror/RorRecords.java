package io.github.collabkit.json.ror;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.ror.RorProblem.Outcome;
import io.github.collabkit.model.Identifier;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Location;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.OrganizationRelation;
import io.github.collabkit.model.OrganizationStatus;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Sector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Converts one parsed ROR v2 record into an {@link Organization}, reporting every value it leaves
 * out. Never lets a Jackson node exception escape: a node of the wrong kind (an object where a
 * string belongs) is a problem like any other. A record that cannot become an organization (no
 * usable id, name or type) throws {@link Skip}.
 */
final class RorRecords {
  /** Thrown when a record cannot be imported; the importer reports it and skips the record. */
  static final class Skip extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    Skip(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  private final String where;
  private final Consumer<RorProblem> problems;
  /** The ROR id of the record being converted, empty before it is known. */
  private String id = "";

  private RorRecords(String where, Consumer<RorProblem> problems) {
    this.where = where;
    this.problems = problems;
  }

  /**
   * Converts a record.
   *
   * @param record the record
   * @param where its position, for problems
   * @param problems where values left out are reported
   * @return the organization
   * @throws Skip when the record cannot be imported, with the reason
   */
  static Organization convert(JsonNode record, String where, Consumer<RorProblem> problems) {
    return new RorRecords(where, problems).convert(record);
  }

  private Organization convert(JsonNode record) {
    if (record == null || !record.isObject()) {
      throw new Skip("", "a ROR record must be a JSON object, got " + kind(record));
    }
    String idText = requiredString(record, "id");
    String normalized = IdentifierScheme.ROR.normalize(idText);
    IdentifierScheme.ROR.problem(normalized).ifPresent(p -> {
      throw new Skip("id", p);
    });
    id = normalized;
    Organization.Builder b = Organization.builder().ref(OrganizationRef.of(id));
    names(record, b);
    types(record, b);
    location(record).ifPresent(b::location);
    b.addIdentifier(Identifier.of(IdentifierScheme.ROR, id));
    identifiers(record, b);
    relationships(record, b);
    string(record, "status").ifPresent(s -> {
      try {
        b.status(OrganizationStatus.fromCode(s));
      } catch (CollabkitException e) {
        leftOut("status", e.getMessage());
      }
    });
    established(record).ifPresent(b::established);
    domains(record, b);
    try {
      return b.build();
    } catch (CollabkitException e) {
      throw new Skip("", e.getMessage());
    }
  }

  private void names(JsonNode record, Organization.Builder b) {
    List<Name> display = new ArrayList<>();
    List<Name> others = new ArrayList<>();
    int i = 0;
    for (JsonNode n : array(record, "names")) {
      String field = "names[" + i++ + "]";
      if (!n.isObject()) {
        leftOut(field, "a name must be an object, got " + kind(n));
        continue;
      }
      Optional<String> value = string(n, "value", field + ".value");
      if (value.isEmpty() || value.get().isBlank()) {
        leftOut(field + ".value", "a name needs a value");
        continue;
      }
      Set<String> kinds = new HashSet<>();
      for (JsonNode t : array(n, "types", field + ".types")) {
        if (t.isString()) {
          kinds.add(t.asString());
        } else {
          leftOut(field + ".types", "a name type must be a string, got " + kind(t));
        }
      }
      NameKind kind = kinds.contains("ror_display") ? NameKind.DISPLAY
          : kinds.contains("label") ? NameKind.LABEL
          : kinds.contains("acronym") ? NameKind.ACRONYM
          : NameKind.ALIAS;
      Name name;
      Optional<String> lang = string(n, "lang", field + ".lang");
      try {
        name = Name.builder().value(value.get().strip()).kind(kind).language(lang).build();
      } catch (CollabkitException e) {
        leftOut(field, e.getMessage());
        continue;
      }
      (kind == NameKind.DISPLAY ? display : others).add(name);
    }
    if (display.isEmpty() && others.isEmpty()) {
      throw new Skip("names", "needs at least 1 usable name, got 0");
    }
    b.addAllNames(display).addAllNames(others);
  }

  private void types(JsonNode record, Organization.Builder b) {
    Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
    Sector sector = null;
    for (JsonNode t : array(record, "types")) {
      if (!t.isString()) {
        leftOut("types", "a type must be a string, got " + kind(t));
        continue;
      }
      String code = t.asString();
      OrganizationType type = RorImporter.TYPES.get(code);
      if (type == null) {
        leftOut("types", "unknown ROR type '" + code + "', allowed: " + new TreeSet<>(RorImporter.TYPES.keySet()));
        continue;
      }
      types.add(type);
      if (code.equals("company")) {
        sector = Sector.PRIVATE_FOR_PROFIT;
      } else if (code.equals("nonprofit") && sector == null) {
        sector = Sector.PRIVATE_NON_PROFIT;
      } else if (code.equals("government") && sector == null) {
        sector = Sector.PUBLIC;
      }
    }
    if (types.isEmpty()) {
      throw new Skip("types", "needs at least 1 known type, got 0");
    }
    b.addAllTypes(types);
    if (sector != null) {
      b.sector(sector);
    }
  }

  private Optional<Location> location(JsonNode record) {
    List<JsonNode> locations = array(record, "locations");
    if (locations.isEmpty()) {
      return Optional.empty();
    }
    JsonNode first = locations.get(0).path("geonames_details");
    if (!first.isObject()) {
      leftOut("locations[0].geonames_details", "must be an object, got " + kind(first));
      return Optional.empty();
    }
    String field = "locations[0].geonames_details";
    Optional<String> country = string(first, "country_code", field + ".country_code");
    if (country.isEmpty()) {
      return Optional.empty();
    }
    try {
      Location.Builder b = Location.builder().countryCode(country.get());
      string(first, "name", field + ".name").filter(s -> !s.isBlank()).ifPresent(b::city);
      string(first, "country_subdivision_name", field + ".country_subdivision_name")
          .filter(s -> !s.isBlank()).ifPresent(b::region);
      Optional<Double> lat = number(first, "lat", field + ".lat");
      Optional<Double> lng = number(first, "lng", field + ".lng");
      if (lat.isPresent() && lng.isPresent()) {
        b.latitude(lat.get()).longitude(lng.get());
      } else if (lat.isPresent() || lng.isPresent()) {
        leftOut(field, "lat and lng come together; only one is given");
      }
      return Optional.of(b.build());
    } catch (CollabkitException e) {
      leftOut("locations[0]", e.getMessage());
      return Optional.empty();
    }
  }

  private void domains(JsonNode record, Organization.Builder b) {
    for (JsonNode d : array(record, "domains")) {
      if (!d.isString()) {
        leftOut("domains", "a domain must be a string, got " + kind(d));
        continue;
      }
      String domain = d.asString().strip().toLowerCase(Locale.ROOT);
      try {
        // The model's own check decides what a domain is; a probe value asks it without repeating the rule.
        Organization.builder().ref(OrganizationRef.of("probe")).addName(Name.acronym("P"))
            .addType(OrganizationType.OTHER).addDomain(domain).build();
        b.addDomain(domain);
      } catch (CollabkitException e) {
        leftOut("domains", "'" + d.asString() + "' is not a domain name");
      }
    }
  }

  private Optional<PartialDate> established(JsonNode record) {
    JsonNode established = record.path("established");
    if (established.isMissingNode() || established.isNull()) {
      return Optional.empty();
    }
    String text = established.isIntegralNumber() ? established.asString()
        : established.isString() ? established.asString().strip() : null;
    if (text == null || !text.matches("-?[0-9]{1,9}")) {
      leftOut("established", "must be a year (a number such as 1996 or a string such as \"1996\"), got "
          + kind(established) + (established.isValueNode() ? " " + established : ""));
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.ofYear(Integer.parseInt(text)));
    } catch (CollabkitException e) {
      leftOut("established", e.getMessage());
      return Optional.empty();
    }
  }

  private void identifiers(JsonNode record, Organization.Builder b) {
    for (JsonNode ext : array(record, "external_ids")) {
      String type = ext.isObject() ? string(ext, "type", "external_ids.type").orElse("") : "";
      IdentifierScheme scheme = switch (type) {
        case "isni" -> IdentifierScheme.ISNI;
        case "wikidata" -> IdentifierScheme.WIKIDATA;
        case "grid" -> IdentifierScheme.GRID;
        case "fundref" -> IdentifierScheme.FUNDREF;
        default -> null;
      };
      if (scheme == null) {
        leftOut("external_ids", "unknown type '" + type + "'");
        continue;
      }
      for (JsonNode v : array(ext, "all", "external_ids." + type + ".all")) {
        if (v.isString()) {
          add(b, scheme, v.asString(), "external_ids." + type);
        } else {
          leftOut("external_ids." + type, "an identifier must be a string, got " + kind(v));
        }
      }
    }
    for (JsonNode link : array(record, "links")) {
      if (link.isObject() && "website".equals(string(link, "type", "links.type").orElse(""))) {
        string(link, "value", "links.value").ifPresent(v -> add(b, IdentifierScheme.WEBSITE, v, "links.website"));
        break;
      }
    }
  }

  private void add(Organization.Builder b, IdentifierScheme scheme, String text, String field) {
    String value = scheme.normalize(text);
    Optional<String> problem = scheme.problem(value);
    if (problem.isPresent()) {
      leftOut(field, problem.get());
    } else {
      b.addIdentifier(Identifier.of(scheme, value));
    }
  }

  private void relationships(JsonNode record, Organization.Builder b) {
    boolean parentSet = false;
    for (JsonNode r : array(record, "relationships")) {
      if (!r.isObject()) {
        leftOut("relationships", "a relationship must be an object, got " + kind(r));
        continue;
      }
      String type = string(r, "type", "relationships.type").orElse("");
      String targetText = string(r, "id", "relationships.id").orElse("");
      String target = IdentifierScheme.ROR.normalize(targetText);
      if (IdentifierScheme.ROR.problem(target).isPresent() || target.equals(id)) {
        leftOut("relationships", "'" + targetText + "' is not another ROR id");
        continue;
      }
      OrganizationRef ref = OrganizationRef.of(target);
      String lower = type.toLowerCase(Locale.ROOT);
      if (lower.equals("parent") && !parentSet) {
        b.parent(ref);
        parentSet = true;
        continue;
      }
      RelationKind kind = switch (lower) {
        case "parent" -> RelationKind.PARENT;
        case "child" -> RelationKind.CHILD;
        case "related" -> RelationKind.RELATED;
        case "predecessor" -> RelationKind.PREDECESSOR;
        case "successor" -> RelationKind.SUCCESSOR;
        default -> null;
      };
      if (kind == null) {
        leftOut("relationships", "unknown type '" + type + "'");
        continue;
      }
      b.addRelation(OrganizationRelation.of(kind, ref));
    }
  }

  // ---- node access that never throws a Jackson exception -----------------------------------------

  private String requiredString(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull()) {
      throw new Skip(field, "is required");
    }
    if (!v.isString()) {
      throw new Skip(field, "must be a string, got " + kind(v));
    }
    return v.asString();
  }

  private Optional<String> string(JsonNode node, String field) {
    return string(node, field, field);
  }

  /** A string property; absent or null gives empty, another kind of node a problem. */
  private Optional<String> string(JsonNode node, String property, String field) {
    JsonNode v = node.path(property);
    if (v.isString()) {
      return Optional.of(v.asString());
    }
    if (!v.isMissingNode() && !v.isNull()) {
      leftOut(field, "must be a string, got " + kind(v));
    }
    return Optional.empty();
  }

  /** A number property; absent or null gives empty, another kind of node a problem. */
  private Optional<Double> number(JsonNode node, String property, String field) {
    JsonNode v = node.path(property);
    if (v.isNumber()) {
      return Optional.of(v.asDouble());
    }
    if (!v.isMissingNode() && !v.isNull()) {
      leftOut(field, "must be a number, got " + kind(v));
    }
    return Optional.empty();
  }

  private List<JsonNode> array(JsonNode node, String field) {
    return array(node, field, field);
  }

  /** An array property's elements; absent or null gives none, another kind of node a problem. */
  private List<JsonNode> array(JsonNode node, String property, String field) {
    JsonNode v = node.path(property);
    if (v.isArray()) {
      List<JsonNode> out = new ArrayList<>(v.size());
      v.values().forEach(out::add);
      return out;
    }
    if (!v.isMissingNode() && !v.isNull()) {
      leftOut(field, "must be an array, got " + kind(v));
    }
    return List.of();
  }

  private void leftOut(String field, String message) {
    problems.accept(new RorProblem(where, id, field, message, Outcome.VALUE_LEFT_OUT));
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
