package io.github.collabkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jars export exactly the public API: a new package is exported on purpose or not at all, and
 * internals never are.
 */
class ModuleDescriptorIT {

  private static ModuleDescriptor descriptor(String module) {
    return ModuleFinder.of(Build.jar(module, "")).findAll().stream()
        .map(ModuleReference::descriptor)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module in " + Build.jar(module, "")));
  }

  private static Set<String> exports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream()
        .peek(e -> assertEquals(Set.of(), e.targets(), "qualified export " + e))
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  @Test
  void coreExportsExactlyItsPublicPackages() {
    ModuleDescriptor core = descriptor("core");
    assertEquals("io.github.collabkit.core", core.name());
    assertEquals(Set.of(
        "io.github.collabkit",
        "io.github.collabkit.model",
        "io.github.collabkit.index",
        "io.github.collabkit.validate",
        "io.github.collabkit.match",
        "io.github.collabkit.graph",
        "io.github.collabkit.csv"), exports(core));
  }

  @Test
  void coreNeedsImmutablesOnlyAtCompileTime() {
    Set<String> runtime = descriptor("core").requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("java.base"), runtime);
  }

  @Test
  void jsonExportsExactlyItsPublicPackages() {
    ModuleDescriptor json = descriptor("json");
    assertEquals("io.github.collabkit.json", json.name());
    assertEquals(Set.of(
        "io.github.collabkit.json",
        "io.github.collabkit.json.jsonld",
        "io.github.collabkit.json.ror"), exports(json));
  }

  @Test
  void jsonOpensExactlyItsResourcePackagesToEveryone() {
    ModuleDescriptor json = descriptor("json");
    Set<String> opens = json.opens().stream()
        .peek(o -> assertEquals(Set.of(), o.targets(), "qualified opens " + o))
        .map(ModuleDescriptor.Opens::source)
        .collect(Collectors.toSet());
    assertEquals(Set.of("io.github.collabkit.json.data", "io.github.collabkit.json.schema"), opens,
        "the bundled dataset and the schemas must be readable as resources on the module path");
    assertEquals(Set.of(), descriptor("core").opens(), "core has no resources to open");
  }
}
