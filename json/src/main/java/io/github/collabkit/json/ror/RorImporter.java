package io.github.collabkit.json.ror;

import io.github.collabkit.CollabkitException;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports organization records of the Research Organization Registry (ROR), schema v2.0 and v2.1,
 * as collabkit {@link Organization}s.
 *
 * <pre>{@code
 * RorImport lumc = RorImporter.create().read(Path.of("05xvt9f17.json"));
 * Organization o = lumc.organizations().get(0);
 * o.key();           // 05xvt9f17
 * o.displayName();   // Leiden University Medical Center
 * }</pre>
 *
 * <p>How a record maps:
 *
 * <ul>
 *   <li>{@code id} becomes the key (the bare ROR id, such as {@code 05xvt9f17}) and a {@link
 *       IdentifierScheme#ROR} identifier;
 *   <li>{@code names}: {@code ror_display} becomes {@link NameKind#DISPLAY}, {@code label} {@link
 *       NameKind#LABEL}, {@code alias} {@link NameKind#ALIAS}, {@code acronym} {@link
 *       NameKind#ACRONYM}, each with its language;
 *   <li>{@code types} map by {@link #TYPES} (ROR's types are coarser than collabkit's: {@code
 *       education} becomes {@link OrganizationType#UNIVERSITY}, {@code healthcare} {@link
 *       OrganizationType#HOSPITAL}); the sector follows {@code company}, {@code nonprofit} or
 *       {@code government} when one of those is given;
 *   <li>the first of {@code locations} gives country, city and region;
 *   <li>{@code external_ids} ({@code isni}, {@code wikidata}, {@code grid}, {@code fundref}, every
 *       value in {@code all}) and the {@code website} link become identifiers;
 *   <li>{@code relationships}: the first {@code parent} becomes {@link Organization#parent()},
 *       further parents {@link RelationKind#PARENT}, and {@code child}, {@code related}, {@code
 *       predecessor}, {@code successor} the relation of that kind, all keyed by ROR id;
 *   <li>{@code status} and {@code established} (a year).
 * </ul>
 *
 * <p>Not part of the collabkit model and so not imported: {@code domains}, the {@code wikipedia}
 * link, GeoNames ids and coordinates, further locations, and {@code admin}. An identifier the model
 * rejects (a failing check digit) is left out and reported as a {@link RorProblem}; a record
 * without id, names or types fails the import with a {@link RorImportException}.
 *
 * <p>An importer holds one configured Jackson mapper; it is immutable and safe to share.
 */
public final class RorImporter {
  /** How ROR organization types map to collabkit types. */
  public static final Map<String, OrganizationType> TYPES = Map.of(
      "education", OrganizationType.UNIVERSITY,
      "healthcare", OrganizationType.HOSPITAL,
      "company", OrganizationType.COMPANY,
      "nonprofit", OrganizationType.FOUNDATION,
      "government", OrganizationType.GOVERNMENT_BODY,
      "facility", OrganizationType.RESEARCH_INSTITUTE,
      "funder", OrganizationType.FUNDER,
      "archive", OrganizationType.OTHER,
      "other", OrganizationType.OTHER);

  private final ObjectMapper mapper;

  private RorImporter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns an importer.
   *
   * @return a new importer
   */
  public static RorImporter create() {
    return new RorImporter(JsonMapper.builder().build());
  }

  /**
   * Reads a file: one record or an array of records ({@code .json}), or one record a line
   * ({@code .jsonl}), either optionally gzipped ({@code .gz}).
   *
   * @param file the file
   * @return the organizations and problems
   * @throws RorImportException when the file cannot be read or a record cannot be imported
   */
  public RorImport read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") ? readJsonLines(in) : readJson(in);
    } catch (IOException e) {
      throw new RorImportException("cannot read ROR records from " + file + ": " + e.getMessage(), e);
    } catch (RorImportException e) {
      throw new RorImportException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads one record or a JSON array of records.
   *
   * @param in the JSON, in UTF-8; not closed
   * @return the organizations and problems
   * @throws RorImportException when the input is not JSON or a record cannot be imported
   */
  public RorImport readJson(InputStream in) {
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      throw new RorImportException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<Organization> organizations = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    if (root != null && root.isArray()) {
      int i = 0;
      for (JsonNode record : root.values()) {
        organizations.add(convert(record, "[" + i++ + "]", problems));
      }
    } else {
      organizations.add(convert(root, "record", problems));
    }
    return new RorImport(organizations, problems);
  }

  /**
   * Reads records written one a line, as in ROR's JSON lines dumps; blank lines are skipped.
   *
   * @param in the lines, in UTF-8; not closed
   * @return the organizations and problems
   * @throws RorImportException when a line is not JSON or a record cannot be imported
   */
  public RorImport readJsonLines(InputStream in) {
    List<Organization> organizations = new ArrayList<>();
    List<RorProblem> problems = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = mapper.readTree(line);
        } catch (JacksonException e) {
          throw new RorImportException("line " + lineNumber + ": not valid JSON: "
              + e.getOriginalMessage(), e);
        }
        organizations.add(convert(record, "line " + lineNumber, problems));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RorImport(organizations, problems);
  }

  /**
   * Converts one parsed ROR v2 record.
   *
   * @param record the record as a JSON tree
   * @param problems where values left out are reported
   * @return the organization
   * @throws RorImportException when the record lacks an id, names or types, or holds a value the
   *     model rejects where no value can be left out
   */
  public Organization toOrganization(JsonNode record, List<RorProblem> problems) {
    return convert(record, "record", problems);
  }

  private Organization convert(JsonNode record, String where, List<RorProblem> problems) {
    if (record == null || !record.isObject()) {
      throw new RorImportException(where + ": a ROR record must be a JSON object");
    }
    String idText = text(record, "id")
        .orElseThrow(() -> new RorImportException(where + ": id: is required"));
    String id = IdentifierScheme.ROR.normalize(idText);
    IdentifierScheme.ROR.problem(id).ifPresent(p -> {
      throw new RorImportException(where + ": id: " + p);
    });
    try {
      Organization.Builder b = Organization.builder().key(OrganizationRef.of(id));
      names(record, b);
      types(record, b);
      location(record).ifPresent(b::location);
      b.addIdentifier(Identifier.of(IdentifierScheme.ROR, id));
      identifiers(record, id, b, problems);
      relationships(record, id, b, problems);
      text(record, "status").ifPresent(s -> b.status(OrganizationStatus.fromCode(s)));
      JsonNode established = record.path("established");
      if (established.isInt()) {
        try {
          b.established(PartialDate.ofYear(established.asInt()));
        } catch (CollabkitException e) {
          problems.add(new RorProblem(id, "established", e.getMessage() + "; left out"));
        }
      }
      return b.build();
    } catch (RorImportException e) {
      throw e;
    } catch (CollabkitException e) {
      throw new RorImportException(where + " (ROR id " + id + "): " + e.getMessage(), e);
    }
  }

  private static void names(JsonNode record, Organization.Builder b) {
    List<Name> display = new ArrayList<>();
    List<Name> others = new ArrayList<>();
    for (JsonNode n : record.path("names").values()) {
      Optional<String> value = text(n, "value");
      if (value.isEmpty() || value.get().isBlank()) {
        throw new RorImportException("names: a name needs a value");
      }
      Set<String> kinds = new HashSet<>();
      for (JsonNode t : n.path("types").values()) {
        kinds.add(t.asString());
      }
      NameKind kind = kinds.contains("ror_display") ? NameKind.DISPLAY
          : kinds.contains("label") ? NameKind.LABEL
          : kinds.contains("acronym") ? NameKind.ACRONYM
          : NameKind.ALIAS;
      Name.Builder name = Name.builder().value(value.get().strip()).kind(kind);
      text(n, "lang").ifPresent(name::language);
      (kind == NameKind.DISPLAY ? display : others).add(name.build());
    }
    if (display.isEmpty() && others.isEmpty()) {
      throw new RorImportException("names: needs at least 1 name, got 0");
    }
    b.addAllNames(display).addAllNames(others);
  }

  private static void types(JsonNode record, Organization.Builder b) {
    Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
    Sector sector = null;
    for (JsonNode t : record.path("types").values()) {
      String code = t.asString();
      OrganizationType type = TYPES.get(code);
      if (type == null) {
        throw new RorImportException("types: unknown ROR type '" + code + "', allowed: "
            + new TreeSet<>(TYPES.keySet()));
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
      throw new RorImportException("types: needs at least 1 type, got 0");
    }
    b.addAllTypes(types);
    if (sector != null) {
      b.sector(sector);
    }
  }

  private static Optional<Location> location(JsonNode record) {
    JsonNode first = record.path("locations").path(0).path("geonames_details");
    Optional<String> country = text(first, "country_code");
    if (country.isEmpty()) {
      return Optional.empty();
    }
    Location.Builder b = Location.builder().countryCode(country.get());
    text(first, "name").filter(s -> !s.isBlank()).ifPresent(b::city);
    text(first, "country_subdivision_name").filter(s -> !s.isBlank()).ifPresent(b::region);
    return Optional.of(b.build());
  }

  private static void identifiers(JsonNode record, String id, Organization.Builder b,
      List<RorProblem> problems) {
    for (JsonNode ext : record.path("external_ids").values()) {
      String type = ext.path("type").asString("");
      IdentifierScheme scheme;
      switch (type) {
        case "isni": scheme = IdentifierScheme.ISNI; break;
        case "wikidata": scheme = IdentifierScheme.WIKIDATA; break;
        case "grid": scheme = IdentifierScheme.GRID; break;
        case "fundref": scheme = IdentifierScheme.FUNDREF; break;
        default:
          problems.add(new RorProblem(id, "external_ids", "unknown type '" + type + "' left out"));
          continue;
      }
      for (JsonNode v : ext.path("all").values()) {
        add(b, scheme, v.asString(), id, "external_ids." + type, problems);
      }
    }
    for (JsonNode link : record.path("links").values()) {
      if ("website".equals(link.path("type").asString(""))) {
        add(b, IdentifierScheme.WEBSITE, link.path("value").asString(""), id, "links.website",
            problems);
        break;
      }
    }
  }

  private static void add(Organization.Builder b, IdentifierScheme scheme, String text, String id,
      String field, List<RorProblem> problems) {
    String value = scheme.normalize(text);
    Optional<String> problem = scheme.problem(value);
    if (problem.isPresent()) {
      problems.add(new RorProblem(id, field, problem.get() + "; left out"));
    } else {
      b.addIdentifier(Identifier.of(scheme, value));
    }
  }

  private static void relationships(JsonNode record, String id, Organization.Builder b,
      List<RorProblem> problems) {
    boolean parentSet = false;
    for (JsonNode r : record.path("relationships").values()) {
      String type = r.path("type").asString("");
      String target = IdentifierScheme.ROR.normalize(r.path("id").asString(""));
      if (IdentifierScheme.ROR.problem(target).isPresent() || target.equals(id)) {
        problems.add(new RorProblem(id, "relationships",
            "'" + r.path("id").asString("") + "' is not another ROR id; left out"));
        continue;
      }
      OrganizationRef ref = OrganizationRef.of(target);
      RelationKind kind;
      switch (type.toLowerCase(Locale.ROOT)) {
        case "parent":
          if (!parentSet) {
            b.parent(ref);
            parentSet = true;
            continue;
          }
          kind = RelationKind.PARENT;
          break;
        case "child": kind = RelationKind.CHILD; break;
        case "related": kind = RelationKind.RELATED; break;
        case "predecessor": kind = RelationKind.PREDECESSOR; break;
        case "successor": kind = RelationKind.SUCCESSOR; break;
        default:
          problems.add(new RorProblem(id, "relationships", "unknown type '" + type + "' left out"));
          continue;
      }
      b.addRelation(OrganizationRelation.of(kind, ref));
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() ? Optional.of(v.asString()) : Optional.empty();
  }
}
