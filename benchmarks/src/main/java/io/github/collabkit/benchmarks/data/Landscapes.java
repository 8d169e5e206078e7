package io.github.collabkit.benchmarks.data;

import io.github.collabkit.model.Landscape;
import io.github.collabkit.testing.LandscapeGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The landscapes benchmarks run on, named as their {@code @Param} values: a number of organizations
 * ({@code "1000"} to {@code "1000000"}) for a landscape from the seeded {@link LandscapeGenerator}
 * (seed {@value #SEED}). Each is built once per JVM.
 */
public final class Landscapes {
  /** The seed of every generated landscape, so every run measures the same data. */
  public static final long SEED = 20260101L;

  private static final Map<String, Landscape> CACHE = new ConcurrentHashMap<>();

  private Landscapes() {}

  /**
   * Returns a landscape by its parameter value.
   *
   * @param spec a number of organizations
   * @return the landscape, built on first use
   * @throws IllegalArgumentException for a value that names no landscape
   */
  public static Landscape get(String spec) {
    return CACHE.computeIfAbsent(spec, Landscapes::create);
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
    return generator(spec).generate();
  }

  private static int size(String spec) {
    try {
      return Integer.parseInt(spec);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("landscape: expected a number of organizations, got '" + spec + "'", e);
    }
  }
}
