package io.github.collabkit.json.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.Statement;
import io.github.collabkit.model.StatementBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled dataset agrees with the ROR records in the shared data (read in place): each
 * organization with a ROR id whose record is there has the founding year ROR holds, marked as taken
 * from a registry. Skips when the shared data is absent.
 */
class BundledLandscapeRorTest {
  private static final Landscape L = CollabkitJson.bundledLandscape();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void establishedYearsAreRorsAndMarkedAsFromTheRegistry() throws IOException {
    Path records = Path.of(System.getProperty("collabkit.shared.dir", "../shared"), "data", "ror", "records");
    Assumptions.assumeTrue(Files.isDirectory(records), "shared ROR records not found at " + records + "; skipping");
    List<String> checked = new ArrayList<>();
    for (Organization o : L.organizations()) {
      Optional<String> ror = o.identifier(IdentifierScheme.ROR).map(id -> id.value());
      if (ror.isEmpty()) {
        continue;
      }
      Optional<Path> file = record(records, ror.get());
      if (file.isEmpty()) {
        continue;
      }
      JsonNode record = MAPPER.readTree(file.get().toFile());
      JsonNode established = record.get("established");
      if (established == null || established.isNull()) {
        assertTrue(o.established().isEmpty(), o.ref() + ": ROR holds no founding year");
        continue;
      }
      assertEquals(Optional.of(PartialDate.ofYear(established.asInt())), o.established(), o.key());
      Statement s = o.statements().stream().filter(x -> x.about().equals("/established")).findFirst()
          .orElseThrow(() -> new AssertionError(o.ref() + ": no statement about /established"));
      assertEquals(StatementBasis.REGISTRY, s.basis(), o.key());
      checked.add(o.key());
    }
    assertTrue(checked.size() >= 16, "expected the seed organizations' records, checked " + checked);
  }

  private static Optional<Path> record(Path records, String id) {
    for (String folder : List.of("seed-orgs", "seed-related")) {
      Path p = records.resolve(folder).resolve(id + ".json");
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
