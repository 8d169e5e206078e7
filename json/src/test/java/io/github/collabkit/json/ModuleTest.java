package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.PartnershipKind;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The module as Jackson finds it, its version and features, and the json module's exports. */
class ModuleTest {

  @Test
  void isFoundThroughTheServiceLoader() {
    assertTrue(ServiceLoader.load(JacksonModule.class).stream().anyMatch(p -> p.type() == CollabkitModule.class));
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Organization lumc = Fixtures.lumc();
    assertEquals(lumc, mapper.readValue(mapper.writeValueAsString(lumc), Organization.class));
  }

  @Test
  void writesVocabularyCodesNotEnumNames() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CollabkitModule()).build();
    assertEquals("\"joint-lab\"", mapper.writeValueAsString(PartnershipKind.JOINT_LAB));
    assertEquals(PartnershipKind.JOINT_LAB, mapper.readValue("\"joint-lab\"", PartnershipKind.class));
  }

  @Test
  void versionIsTheArtifactVersion() {
    String version = System.getProperty("collabkit.version");
    Assumptions.assumeTrue(version != null, "collabkit.version is set by surefire in the json POM");
    assertEquals(version, CollabkitModule.VERSION.toString());
    assertEquals("collabkit-json", CollabkitModule.VERSION.getArtifactId());
  }

  @Test
  void featuresHaveTheirDocumentedDefaultsAndCanBeTurnedOff() {
    CollabkitModule module = new CollabkitModule();
    for (CollabkitFeature f : CollabkitFeature.values()) {
      assertEquals(f.enabledByDefault(), module.isEnabled(f), f.name());
    }
    String doc = "{\"formatVersion\":\"1.0\",\"name\":\"x\",\"colour\":1}";
    JsonMapper strict = JsonMapper.builder().addModule(module).build();
    assertThrows(CollabkitJsonException.class, () -> strict.readValue(doc, Landscape.class));
    JsonMapper lenient = JsonMapper.builder()
        .addModule(module.without(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES)).build();
    assertEquals("x", lenient.readValue(doc, Landscape.class).name());
  }

  @Test
  void exportsOnlyItsPublicPackages() {
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertEquals("io.github.collabkit.json", descriptor.name());
    assertEquals(Set.of("io.github.collabkit.json", "io.github.collabkit.json.jsonld", "io.github.collabkit.json.ror"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.provides().stream().anyMatch(p -> p.providers().contains(CollabkitModule.class.getName())));
  }
}
