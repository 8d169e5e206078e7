package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.Organization;
import io.github.collabkit.testing.Seed000;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The dataset the expected documents show (seed 000, shared with core's tests), and test resources. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Returns LUMC as seed 000 states it: the organization the single-entity documents show.
   *
   * @return the organization
   */
  static Organization lumc() {
    return Seed000.lumc();
  }

  /**
   * Returns the landscape of seed 000 (LUMC, Leiden University, their boards, the two agreements and
   * the infrastructures they share), the dataset the expected documents show.
   *
   * @return the landscape
   */
  static Landscape landscape() {
    return Seed000.landscape();
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        fail("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
