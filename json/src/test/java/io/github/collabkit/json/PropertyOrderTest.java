package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.collabkit.model.Organization;
import io.github.collabkit.model.OrganizationType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading finds properties in any order and with any mapper, although it looks first along the
 * wire order by identity; sets find duplicates at any size, although small sets are scanned.
 */
class PropertyOrderTest {
  private static final CollabkitJson JSON = CollabkitJson.builder().prettyPrint(false).build();

  @Test
  void readsPropertiesInReverseWireOrder() {
    Organization lumc = Fixtures.lumc();
    String reversed = reverse(JSON.write(lumc));
    assertEquals(lumc, JSON.read(reversed, Organization.class));
  }

  @Test
  void readsWithAMapperThatDoesNotInternNames() {
    JsonMapper plain = JsonMapper.builder().addModule(new CollabkitModule()).build();
    Organization lumc = Fixtures.lumc();
    assertEquals(lumc, plain.readValue(JSON.write(lumc), Organization.class));
    assertEquals(lumc, plain.readValue(reverse(JSON.write(lumc)), Organization.class));
  }

  @Test
  void acceptsALargeSetWithoutDuplicates() {
    List<String> codes = allTypeCodes();
    Organization read = JSON.read(organization(codes), Organization.class);
    assertEquals(codes.size(), read.types().size());
  }

  @Test
  void rejectsADuplicateInALargeSetWhereItIs() {
    List<String> codes = allTypeCodes();
    codes.add(codes.get(3));
    CollabkitJsonException e = assertThrows(CollabkitJsonException.class,
        () -> JSON.read(organization(codes), Organization.class));
    assertEquals(JsonRule.DUPLICATE_ENTRY, e.rule());
    assertEquals("/types/" + (codes.size() - 1), e.pointer());
  }

  private static List<String> allTypeCodes() {
    List<String> codes = new ArrayList<>();
    for (OrganizationType t : OrganizationType.values()) {
      codes.add(t.code());
    }
    // more entries than the scan threshold, so the hashed path is taken
    assertEquals(true, codes.size() > 10, "OrganizationType has too few codes for this test");
    return codes;
  }

  private static String organization(List<String> types) {
    return "{\"key\":\"lumc\",\"names\":[{\"value\":\"LUMC\"}],\"types\":["
        + types.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]}";
  }

  /** The same object with its top-level properties in reverse order. */
  private static String reverse(String json) {
    JsonMapper mapper = JsonMapper.builder().build();
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = mapper.readValue(json, java.util.LinkedHashMap.class);
    List<Map.Entry<String, Object>> entries = new ArrayList<>(properties.entrySet());
    Collections.reverse(entries);
    Map<String, Object> reversed = new java.util.LinkedHashMap<>();
    entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
    return mapper.writeValueAsString(reversed);
  }
}
