package io.github.collabkit.json;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.collabkit.json.internal.Codec;
import io.github.collabkit.json.internal.Codecs;
import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.model.CollectionProfile;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Readiness;
import io.github.collabkit.model.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates collabkit's JSON Schemas (draft 2020-12) with victools jsonschema-generator from the
 * model classes, taking property names, order, required flags and descriptions from the codec
 * tables ({@link ModelCodecs}) so the schema describes exactly what the codecs read and write.
 *
 * <p>victools finds the Immutables accessors with {@code NONSTATIC_NONVOID_NONGETTER_METHODS}; an
 * ignore check keeps only the accessors that are JSON properties; {@code Optional} is unwrapped;
 * references, partial dates, texts and vocabularies get custom definitions. victools names
 * method properties {@code key()}, so the brackets are stripped afterwards.
 */
final class SchemaFactory {
  private SchemaFactory() {}

  /** Mirrors the rule of core's {@code Checks.CODE}; generated data validated against the schema cross-checks it. */
  static final String CODE = "^[a-z0-9]+([-_.][a-z0-9]+)*$";
  /** Mirrors core's {@code Checks.LANGUAGE}. */
  static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
  static final String COUNTRY = "^[A-Z]{2}$";
  /** The form of core's {@code Money.currency}; whether the JDK knows the code is not expressible. */
  static final String CURRENCY = "^[A-Z]{3}$";
  /**
   * The decimal string the json module's {@code Codecs.DECIMAL} reads, within core's {@code Money}
   * digit rule: no sign, no leading zero, at most 18 digits before and 6 after the point.
   */
  static final String AMOUNT = "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?$";
  /** Mirrors the rule of core's {@code Statement.about}: a JSON Pointer of at least one step. */
  static final String POINTER = "^(/([^/~]|~[01])*)+$";
  static final String URL = "^https?://[^\\s/?#]+[^\\s]*$";
  /** Mirrors core's {@code Landscape.license} rule: an SPDX identifier or expression, or an http(s) address. */
  static final String LICENSE =
      "^([A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*|https?://[^\\s/?#]+[^\\s]*)$";
  /** Canonical identifier values by scheme, mirroring core's identifier rules (checksums are not expressible). */
  static final Map<String, String> IDENTIFIERS = new LinkedHashMap<>();

  static {
    IDENTIFIERS.put("ror", "^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$");
    IDENTIFIERS.put("isni", "^[0-9]{15}[0-9X]$");
    IDENTIFIERS.put("wikidata", "^Q[1-9][0-9]{0,11}$");
    IDENTIFIERS.put("grid", "^grid\\.[0-9]{1,7}\\.[0-9a-f]{1,4}$");
    IDENTIFIERS.put("fundref", "^[0-9]{5,15}$");
    IDENTIFIERS.put("website", URL);
    IDENTIFIERS.put("kvk", "^[0-9]{8}$");
  }

  private static final Map<String, Integer> MIN_ITEMS = Map.of(
      "Organization.names", 1, "Organization.types", 1, "Infrastructure.names", 1,
      "Infrastructure.kinds", 1, "Strategy.owners", 1, "Partnership.parties", 2,
      "Attendee.roles", 1);

  /** The schema names: the dataset document and each top-level entity. */
  static List<String> names() {
    List<String> names = new ArrayList<>(List.of("landscape"));
    names.addAll(List.of("source", "concept", "organization", "person", "partnership", "infrastructure", "strategy", "event"));
    return names;
  }

  static Class<?> type(String name) {
    return name.equals("landscape") ? Landscape.class : ModelCodecs.ENTITIES.get(name).type();
  }

  /**
   * Generates one schema.
   *
   * @param name {@code landscape} or an entity type name
   * @return the schema
   */
  static ObjectNode generate(String name) {
    ObjectNode schema = strip(generator().generateSchema(type(name)));
    ObjectNode ordered = schema.objectNode();
    ordered.put("$schema", schema.get("$schema").asString());
    ordered.put("$id", "https://collabkit.github.io/schema/" + Documents.FORMAT_VERSION + "/" + name + ".schema.json");
    ordered.put("title", name.equals("landscape") ? "collabkit dataset document" : "collabkit " + name);
    schema.properties().forEach(e -> {
      if (!e.getKey().equals("$schema")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    if (name.equals("landscape")) {
      ObjectNode props = ordered.objectNode();
      props.set(Documents.FORMAT_VERSION_PROPERTY, props.objectNode().put("type", "string")
          .put("pattern", "^" + Documents.MAJOR + "\\.[0-9]{1,4}$")
          .put("description", "Format version as major.minor, such as " + Documents.FORMAT_VERSION
              + "; the first property of the document. Required."));
      ordered.get("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue()));
      ordered.set("properties", props);
      ArrayNode required = ordered.arrayNode().add(Documents.FORMAT_VERSION_PROPERTY);
      ordered.get("required").forEach(required::add);
      ordered.set("required", required);
    }
    JsonNode identifier = ordered.path("$defs").path("Identifier");
    if (identifier.isObject()) {
      ArrayNode all = ((ObjectNode) identifier).putArray("allOf");
      IDENTIFIERS.forEach((scheme, pattern) -> {
        ObjectNode rule = all.addObject();
        rule.putObject("if").putObject("properties").putObject("scheme").put("const", scheme);
        rule.putObject("then").putObject("properties").putObject("value").put("type", "string").put("pattern", pattern);
      });
    }
    JsonNode statement = ordered.path("$defs").path("Statement");
    if (statement.isObject()) {
      ArrayNode all = ((ObjectNode) statement).putArray("allOf");
      ObjectNode sourced = all.addObject();
      ObjectNode cond = sourced.putObject("if");
      cond.putObject("properties").putObject("basis").put("type", "string").putArray("enum").add("stated").add("registry");
      cond.putArray("required").add("basis");
      ObjectNode then = sourced.putObject("then");
      then.putArray("required").add("sources");
      then.putObject("properties").putObject("sources").put("type", "array").put("minItems", 1);
      ObjectNode attributed = all.addObject();
      ObjectNode attributedIf = attributed.putObject("if");
      attributedIf.putObject("properties").putObject("accordingTo").put("type", "string");
      attributedIf.putArray("required").add("accordingTo");
      attributed.putObject("then").putObject("properties").putObject("basis").put("type", "string").put("const", "stated");
    }
    JsonNode infrastructure = ordered.path("$defs").path("Infrastructure");
    if (!infrastructure.isObject() && type(name) == io.github.collabkit.model.Infrastructure.class) {
      infrastructure = ordered;
    }
    if (infrastructure.isObject()) {
      ObjectNode rule = ((ObjectNode) infrastructure).putArray("allOf").addObject();
      ObjectNode cond = rule.putObject("if");
      cond.putObject("properties").putObject("accessExhaustive").put("const", false);
      cond.putArray("required").add("accessExhaustive");
      ObjectNode then = rule.putObject("then");
      then.putObject("properties").putObject("access").put("type", "array").put("minItems", 1);
      then.putArray("required").add("access");
    }
    JsonNode readiness = ordered.path("$defs").path("Readiness");
    if (readiness.isObject()) {
      // a level, a stage or both
      ArrayNode any = ((ObjectNode) readiness).putArray("anyOf");
      ObjectNode trl = any.addObject();
      trl.putObject("properties").putObject("trl").put("type", "integer");
      trl.putArray("required").add("trl");
      ObjectNode stage = any.addObject();
      stage.putObject("properties").putObject("stage").put("type", "string");
      stage.putArray("required").add("stage");
    }
    JsonNode collection = ordered.path("$defs").path("CollectionProfile");
    if (collection.isObject()) {
      // participants are counted in participants
      ((ObjectNode) collection).putArray("allOf").addObject().putObject("properties").putObject("participants")
          .put("type", "object").putObject("properties").putObject("unit").put("type", "string")
          .put("const", CollectionProfile.PARTICIPANTS);
    }
    JsonNode partnership = ordered.path("$defs").path("Partnership");
    if (!partnership.isObject() && type(name) == io.github.collabkit.model.Partnership.class) {
      partnership = ordered;
    }
    if (partnership.isObject()) {
      // a signing is embedded or at an event, never both
      ObjectNode both = ((ObjectNode) partnership).putArray("allOf").addObject().putObject("not");
      both.putObject("properties").putObject("signedAt").put("type", "string");
      ((ObjectNode) both.get("properties")).putObject("signing").put("type", "object");
      both.putArray("required").add("signing").add("signedAt");
    }
    return ordered;
  }

  private static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .without(Option.FLATTENED_OPTIONALS, Option.SIMPLIFIED_OPTIONALS)
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.PUBLIC_NONSTATIC_FIELDS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS);
    b.forMethods()
        .withIgnoreCheck(m -> m.getArgumentCount() > 0 || m.isStatic() || property(m).isEmpty())
        .withPropertyNameOverrideResolver(m -> m.getDeclaredName().equals("ref") ? "key" : null)
        .withTargetTypeOverridesResolver(m -> m.getType() != null && m.getType().isInstanceOf(Optional.class)
            ? List.of(m.getType().getTypeParameters().get(0)) : null)
        .withNullableCheck(m -> Boolean.FALSE)
        .withRequiredCheck(m -> property(m).map(ObjectCodec.Property::required).orElse(false)
            || MIN_ITEMS.getOrDefault(m.getDeclaringType().getErasedType().getSimpleName() + "." + m.getDeclaredName(), 0) > 0)
        .withDescriptionResolver(m -> m.isFakeContainerItemScope() ? null
            : property(m).map(ObjectCodec.Property::description).orElse(null))
        .withArrayUniqueItemsResolver(m -> !m.isFakeContainerItemScope()
            && property(m).map(p -> p.kind() == ObjectCodec.Kind.SET).orElse(false) ? Boolean.TRUE : null)
        .withArrayMinItemsResolver(m -> m.isFakeContainerItemScope() ? null
            : MIN_ITEMS.get(m.getDeclaringType().getErasedType().getSimpleName() + "." + m.getDeclaredName()))
        .withStringPatternResolver(m -> stringPattern(m))
        .withStringMinLengthResolver(m -> isString(m) && property(m).map(p -> p.codec() == Codecs.STRING).orElse(false) ? 1 : null)
        .withNumberInclusiveMinimumResolver(m -> m.getType() != null && m.getType().getErasedType() == double.class
            ? BigDecimal.ZERO : range(m).map(r -> BigDecimal.valueOf(r[0])).orElse(null))
        .withNumberInclusiveMaximumResolver(m -> range(m).map(r -> BigDecimal.valueOf(r[1])).orElse(null));
    b.forTypesInGeneral()
        .withPropertySorter((x, y) -> Integer.compare(order(x), order(y)))
        .withDescriptionResolver(t -> description(t.getType().getErasedType()))
        .withCustomDefinitionProvider((javaType, context) -> custom(javaType, context.getGeneratorConfig().createObjectNode()));
    return new SchemaGenerator(b.build());
  }

  /** The range the model's invariants allow a whole number, as {minimum, maximum}. */
  private static Optional<int[]> range(MemberScope<?, ?> m) {
    if (m.isFakeContainerItemScope() || m.getType() == null || m.getType().getErasedType() != Integer.class) {
      return Optional.empty();
    }
    String name = owner(m).getSimpleName() + "." + m.getDeclaredName();
    return switch (name) {
      case "Readiness.trl" -> Optional.of(new int[] {Readiness.MIN_TRL, Readiness.MAX_TRL});
      case "CollectionProfile.minimumAge", "CollectionProfile.maximumAge" ->
          Optional.of(new int[] {0, CollectionProfile.MAX_AGE});
      default -> Optional.empty();
    };
  }

  private static Optional<ObjectCodec.Property<?, ?>> property(MemberScope<?, ?> m) {
    Class<?> owner = owner(m);
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      if (c.type() == owner) {
        return jsonName(m).flatMap(c::property).map(p -> p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the JSON property an accessor is written as: an entity's typed {@code ref()} is its
   * {@code key}, and the entity's {@code key()}, the text of that reference, is no property of its
   * own; every other accessor has its own name.
   */
  private static Optional<String> jsonName(MemberScope<?, ?> m) {
    String name = m.getDeclaredName();
    return name.equals("key") ? Optional.empty() : Optional.of(name.equals("ref") ? "key" : name);
  }

  private static int order(MemberScope<?, ?> m) {
    Class<?> owner = owner(m);
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      if (c.type() == owner) {
        for (int i = 0; i < c.properties().size(); i++) {
          if (jsonName(m).filter(c.properties().get(i).name()::equals).isPresent()) {
            return i;
          }
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The model type whose schema holds the member: the type being described, not the interface an
   * accessor may be declared in (status and period of every TimeBoundLink).
   */
  private static Class<?> owner(MemberScope<?, ?> m) {
    return m.getDeclaringTypeMembers().mainTypeAndOverrides().get(0).getErasedType();
  }

  private static boolean isString(MemberScope<?, ?> m) {
    return m.getType() != null && m.getType().getErasedType() == String.class;
  }

  private static String stringPattern(MemberScope<?, ?> m) {
    if (!isString(m)) {
      return null;
    }
    Codec<?> codec = property(m).map(ObjectCodec.Property::codec).orElse(null);
    if (codec == Codecs.CODE) {
      return CODE;
    } else if (codec == Codecs.LANGUAGE) {
      return LANGUAGE;
    } else if (codec == Codecs.COUNTRY) {
      return COUNTRY;
    } else if (codec == Codecs.CURRENCY) {
      return CURRENCY;
    } else if (codec == Codecs.URL) {
      return URL;
    } else if (codec == Codecs.LICENSE) {
      return LICENSE;
    } else if (codec == Codecs.STRING && m.getDeclaringType().getErasedType() == io.github.collabkit.model.Statement.class) {
      return POINTER;
    } else if (codec == Codecs.STRING) {
      return "\\S";
    }
    return null;
  }

  private static String description(Class<?> type) {
    if (type == Landscape.class) {
      return "A collabkit dataset: organizations, people, partnerships, research infrastructures, strategies,"
          + " sources and concepts, with the format version first.";
    }
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      if (c.type() == type) {
        return ("aeiou".indexOf(c.label().charAt(0)) >= 0 ? "An " : "A ") + c.label() + " of the collabkit model.";
      }
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CustomDefinition custom(ResolvedType type, ObjectNode node) {
    Class<?> raw = type.getErasedType();
    if (raw.isEnum() && Vocabulary.class.isAssignableFrom(raw)) {
      node.put("type", "string");
      ArrayNode codes = node.putArray("enum");
      Vocabulary.codes((Class) raw).forEach(c -> codes.add((String) c));
      node.put("description", "A code of the vocabulary " + raw.getSimpleName() + ".");
    } else if (EntityRef.class.isAssignableFrom(raw)) {
      node.put("type", "string").put("pattern", CODE)
          .put("description", "The key of " + raw.getSimpleName().replace("Ref", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
              + " in the dataset.");
    } else if (raw == PartialDate.class) {
      node.put("type", "string").put("pattern", PartialDate.PATTERN)
          .put("description", "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.");
    } else if (raw == BigDecimal.class) {
      // inline: the schema names no Java type; the property's own description says what it is
      node.put("type", "string").put("pattern", AMOUNT);
      return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    } else if (raw == LocalizedText.class) {
      node.put("type", "object").put("minProperties", 1);
      node.putObject("propertyNames").put("type", "string").put("pattern", LANGUAGE);
      node.putObject("additionalProperties").put("type", "string").put("pattern", "\\S");
      node.put("description", "A text by BCP 47 language tag, such as {\"en\": \"...\", \"nl\": \"...\"}.");
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.YES);
  }

  /** Renames victools' method properties {@code key()} to {@code key}, everywhere. */
  private static ObjectNode strip(ObjectNode node) {
    for (String name : new ArrayList<>(node.propertyNames())) {
      JsonNode child = node.get(name);
      if (name.equals("properties") && child.isObject()) {
        ObjectNode renamed = node.objectNode();
        child.properties().forEach(e -> renamed.set(e.getKey().replaceAll("\\(\\)$", ""), e.getValue()));
        node.set("properties", renamed);
        child = renamed;
      } else if (name.equals("required") && child.isArray()) {
        ArrayNode a = node.arrayNode();
        child.forEach(r -> a.add(r.asString().replaceAll("\\(\\)$", "")));
        node.set("required", a);
        continue;
      }
      if (child.isObject()) {
        strip((ObjectNode) child);
      } else if (child.isArray()) {
        child.forEach(c -> {
          if (c.isObject()) {
            strip((ObjectNode) c);
          }
        });
      }
    }
    return node;
  }
}
