package io.github.collabkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists the public types of the model package from the compiled classes, so tests cover new ones. */
final class ModelTypes {
  private ModelTypes() {}

  /** The simple names of the top-level public classes, interfaces, enums and records of the package. */
  static List<String> simpleNames() {
    try {
      Path classes = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = classes.resolve("io/github/collabkit/model");
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
            .map(n -> n.substring(0, n.length() - ".class".length()))
            .filter(ModelTypes::isPublic)
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublic(String simpleName) {
    try {
      return java.lang.reflect.Modifier.isPublic(
          Class.forName("io.github.collabkit.model." + simpleName).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
