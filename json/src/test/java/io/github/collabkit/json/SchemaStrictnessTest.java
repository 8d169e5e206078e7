package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-in schemas pass the strict-types rule of ajv's strict mode: every keyword that applies
 * to one JSON type (pattern and minLength to strings, minItems and uniqueItems to arrays,
 * properties, required and propertyNames to objects) sits beside a {@code type} of that type, in
 * the same subschema or in one that applies to the same value (a parent of an if, then, else or
 * allOf branch). Without it ajv strict reports "missing type string for keyword pattern". Likewise
 * each required property is defined in the properties beside it (ajv's strictRequired). Checked
 * once by hand with {@code ajv compile --spec=draft2020 --strict=true -s <schema>} (ajv-cli 5).
 */
class SchemaStrictnessTest {
  private static final Map<String, String> KEYWORD_TYPES = Map.ofEntries(
      Map.entry("pattern", "string"), Map.entry("minLength", "string"), Map.entry("maxLength", "string"),
      Map.entry("minItems", "array"), Map.entry("uniqueItems", "array"), Map.entry("items", "array"),
      Map.entry("properties", "object"), Map.entry("propertyNames", "object"),
      Map.entry("additionalProperties", "object"), Map.entry("minProperties", "object"),
      Map.entry("minimum", "number"));
  private static final Set<String> SAME_VALUE = Set.of("if", "then", "else", "not");
  private static final Set<String> SAME_VALUE_LISTS = Set.of("allOf", "anyOf", "oneOf");

  static List<String> names() {
    return SchemaFactory.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyTypeSpecificKeywordSitsBesideItsType(String name) {
    JsonNode schema = JsonMapper.builder().build().readTree(CollabkitJson.schema(name));
    List<String> missing = new ArrayList<>();
    walk(schema, "", Set.of(), missing);
    assertEquals(List.of(), missing, name + ".schema.json");
  }

  private static void walk(JsonNode node, String at, Set<String> inherited, List<String> missing) {
    if (!node.isObject()) {
      return;
    }
    Set<String> types = types(node, inherited);
    if (node.has("required")) {
      for (JsonNode r : node.get("required")) {
        if (!node.path("properties").has(r.asString())) {
          missing.add(at + ": required property " + r.asString() + " is not defined in properties beside it");
        }
      }
    }
    for (Map.Entry<String, String> k : KEYWORD_TYPES.entrySet()) {
      if (node.has(k.getKey()) && !types.contains(k.getValue())
          && !(k.getValue().equals("number") && types.contains("integer"))) {
        missing.add(at + ": missing type " + k.getValue() + " for keyword " + k.getKey());
      }
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      JsonNode child = e.getValue();
      if (SAME_VALUE.contains(key)) {
        walk(child, at + "/" + key, types, missing);
      } else if (SAME_VALUE_LISTS.contains(key)) {
        for (int i = 0; i < child.size(); i++) {
          walk(child.get(i), at + "/" + key + "/" + i, types, missing);
        }
      } else if (key.equals("properties") || key.equals("$defs")) {
        child.properties().forEach(p -> walk(p.getValue(), at + "/" + key + "/" + p.getKey(), Set.of(), missing));
      } else if (key.equals("items") || key.equals("additionalProperties") || key.equals("propertyNames")) {
        walk(child, at + "/" + key, Set.of(), missing);
      }
    }
  }

  private static Set<String> types(JsonNode node, Set<String> inherited) {
    JsonNode type = node.get("type");
    if (type == null) {
      return node.has("$ref") ? Set.of("string", "array", "object", "number", "integer", "boolean") : inherited;
    }
    if (type.isArray()) {
      Set<String> all = new java.util.HashSet<>();
      type.forEach(t -> all.add(t.asString()));
      return all;
    }
    return Set.of(type.asString());
  }
}
