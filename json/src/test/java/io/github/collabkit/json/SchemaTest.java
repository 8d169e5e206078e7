package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas checked in under {@code src/main/resources/io/github/collabkit/json/schema/}
 * (and shipped in the jar) are exactly what {@link SchemaFactory} generates from the code.
 *
 * <p>To regenerate them after a change of the model or the codecs, run: {@code ./mvnw -pl json -am
 * test -Dtest=SchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dcollabkit.regenerateSchemas=true}
 * and review the diff.
 */
class SchemaTest {
  static final Path FOLDER = Path.of("src/main/resources/io/github/collabkit/json/schema");
  static final String REGENERATE = "./mvnw -pl json -am test -Dtest=SchemaTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dcollabkit.regenerateSchemas=true";

  static String generated(String name) {
    return CollabkitJson.standard().mapper().writeValueAsString(SchemaFactory.generate(name)) + "\n";
  }

  static java.util.List<String> names() {
    return SchemaFactory.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void checkedInSchemaIsWhatTheCodeGenerates(String name) throws IOException {
    String actual = generated(name);
    Path file = FOLDER.resolve(name + ".schema.json");
    if (Boolean.getBoolean("collabkit.regenerateSchemas")) {
      Files.createDirectories(FOLDER);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
    if (!expected.equals(actual)) {
      fail(file + " differs from the schema the code generates; regenerate it with\n  " + REGENERATE
          + "\nand review the diff. Generated:\n" + actual);
    }
    if (!CollabkitJson.schema(name).equals(actual)) {
      fail("the jar's schema " + name + " is stale; rebuild");
    }
  }

}
