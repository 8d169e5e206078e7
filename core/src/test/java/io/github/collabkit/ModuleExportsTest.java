package io.github.collabkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.model.Landscape;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public surface of collabkit-core is the set of packages its hand-written module-info exports
 * (Caffeine has the same test). A new export is an API decision: add it here on purpose.
 */
class ModuleExportsTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    Module module = Landscape.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor();
    }
    Path classes = Path.of(Landscape.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyThePublicPackagesUnqualified() throws Exception {
    ModuleDescriptor descriptor = descriptor();
    assertEquals("io.github.collabkit.core", descriptor.name());
    Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of(
        "io.github.collabkit",
        "io.github.collabkit.csv",
        "io.github.collabkit.graph",
        "io.github.collabkit.index",
        "io.github.collabkit.match",
        "io.github.collabkit.model",
        "io.github.collabkit.validate")), exported);
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified),
        "no qualified exports: " + descriptor.exports());
    assertTrue(descriptor.opens().isEmpty(), "no opens: " + descriptor.opens());
  }

  @Test
  void internalPackagesExistButAreNotExported() throws Exception {
    ModuleDescriptor descriptor = descriptor();
    assertTrue(descriptor.packages().contains("io.github.collabkit.internal"), descriptor.packages().toString());
    Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    for (String p : descriptor.packages()) {
      if (p.contains(".internal")) {
        assertTrue(!exported.contains(p), p + " must not be exported");
      }
    }
  }

  @Test
  void hasNoRunTimeDependencies() throws Exception {
    Set<String> required = descriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
            && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.MANDATED))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of(), required, "core may require only java.base and compile-time (static) modules");
  }
}
