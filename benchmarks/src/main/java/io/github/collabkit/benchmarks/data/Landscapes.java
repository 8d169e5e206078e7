package io.github.collabkit.benchmarks.data;

import io.github.collabkit.json.ror.RorImporter;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.Organization;
import io.github.collabkit.testing.LandscapeGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The landscapes benchmarks run on, named as their {@code @Param} values: a number of organizations
 * ({@code "1000"} to {@code "1000000"}) for a landscape from the seeded {@link LandscapeGenerator}
 * (seed {@value #SEED}), or {@value #ROR} for the real registry of 35,990 organizations read by
 * collabkit's {@code RorImporter} from {@code <shared>/data/ror/records/ror-records-v2.jsonl.gz},
 * where {@code <shared>} is the system property {@value #SHARED_PROPERTY} or {@code ../shared}
 * ({@code "ror:N"}: its first N organizations).
 * Each is built once per JVM.
 */
public final class Landscapes {
  /** The seed of every generated landscape, so every run measures the same data. */
  public static final long SEED = 20260101L;

  /** The parameter value of the real ROR registry. */
  public static final String ROR = "ror";

  /** The system property naming the shared data directory (the parent of {@code data/}). */
  public static final String SHARED_PROPERTY = "collabkit.shared.dir";

  private static final Map<String, Landscape> CACHE = new ConcurrentHashMap<>();

  private Landscapes() {}

  /**
   * Returns a landscape by its parameter value.
   *
   * @param spec a number of organizations, or {@value #ROR}
   * @return the landscape, built on first use
   * @throws IllegalArgumentException for a value that names no landscape
   * @throws IllegalStateException for {@value #ROR} when the shared data is absent
   */
  public static Landscape get(String spec) {
    return CACHE.computeIfAbsent(spec, Landscapes::create);
  }

  /**
   * Returns the shared data's {@code ror} directory.
   *
   * @return the directory, which may not exist
   */
  public static Path rorDirectory() {
    return Path.of(System.getProperty(SHARED_PROPERTY, "../shared"), "data", "ror");
  }

  /**
   * Says whether the real registry can be read.
   *
   * @return {@code true} when the registry file exists
   */
  public static boolean hasRegistry() {
    return Files.isRegularFile(registryFile());
  }

  private static Path registryFile() {
    return rorDirectory().resolve("records/ror-records-v2.jsonl.gz");
  }

  /**
   * Returns the generator behind a generated landscape, for queries that must miss it.
   *
   * @param spec a number of organizations
   * @return the generator
   */
  public static LandscapeGenerator generator(String spec) {
    return LandscapeGenerator.seeded(SEED).organizations(size(spec));
  }

  private static Landscape create(String spec) {
    if (spec.equals(ROR) || spec.startsWith(ROR + ":")) {
      if (!hasRegistry()) {
        throw new IllegalStateException("landscape 'ror' skipped: no ROR registry at "
            + registryFile().toAbsolutePath().normalize() + " (set -D" + SHARED_PROPERTY
            + " to the directory holding data/ror, or run from the repository beside ../shared)");
      }
      List<Organization> organizations = RorImporter.create().read(registryFile()).organizations();
      if (!spec.equals(ROR)) {
        organizations = organizations.subList(0, Math.min(organizations.size(),
            size(spec.substring(ROR.length() + 1))));
      }
      return Landscape.builder().name("ROR registry extract")
          .description(LocalizedText.of("en", "The organizations of the shared ROR v2 extract (" + spec + ")."))
          .addAllOrganizations(organizations)
          .build();
    }
    return generator(spec).generate();
  }

  private static int size(String spec) {
    try {
      return Integer.parseInt(spec);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("landscape: expected a number of organizations or 'ror', got '"
          + spec + "'", e);
    }
  }
}
