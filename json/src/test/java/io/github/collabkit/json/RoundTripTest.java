package io.github.collabkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.testing.ModelGenerator;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code read(write(x))} equals {@code x} for generated values of every model type and for whole
 * datasets, through the front door, through a mapper of one's own with the module, and as
 * newline-delimited JSON. Each case is named by its seed; rerun one with {@code new
 * ModelGenerator(seed)}.
 */
class RoundTripTest {
  /** Cases per model type; 26 types make 5,200 cases, plus datasets below. */
  static final int CASES_PER_TYPE = 200;
  static final int DATASETS = 300;

  static final CollabkitJson JSON = CollabkitJson.standard();
  static final CollabkitJson COMPACT = CollabkitJson.builder().prettyPrint(false).build();
  static final JsonMapper OWN_MAPPER = JsonMapper.builder().addModule(new CollabkitModule()).build();

  @TestFactory
  Stream<DynamicContainer> everyModelTypeRoundTrips() {
    return ModelCodecs.ALL.stream().map(codec -> DynamicContainer.dynamicContainer(codec.type().getSimpleName(),
        LongStream.range(0, CASES_PER_TYPE).mapToObj(i -> seed(codec, i))
            .map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> roundTrip(codec, seed)))));
  }

  private static long seed(ObjectCodec<?, ?> codec, long i) {
    return codec.type().getSimpleName().hashCode() * 1_000_003L + i;
  }

  private static void roundTrip(ObjectCodec<?, ?> codec, long seed) {
    Object value = new ModelGenerator(seed).any(codec.type());
    String json = JSON.write(value);
    check(seed, value, json, JSON.read(json, codec.type()));
    check(seed, value, json, COMPACT.read(COMPACT.write(value), codec.type()));
    String own = OWN_MAPPER.writeValueAsString(value);
    check(seed, value, own, OWN_MAPPER.readValue(own, codec.type()));
    assertEquals(COMPACT.write(value).strip(), own, "seed " + seed + ": the module writes what the front door writes");
  }

  @TestFactory
  Stream<DynamicTest> datasetsRoundTripAsDocumentsAndLines() {
    return LongStream.range(0, DATASETS).mapToObj(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
      Landscape landscape = new ModelGenerator(seed).landscape(1 + (int) (seed % 25));
      String json = JSON.writeLandscape(landscape);
      check(seed, landscape, json, JSON.readLandscape(json));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (LandscapeLineWriter lines = JSON.lineWriter(out, landscape)) {
        lines.writeAll(landscape);
      }
      String ndjson = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      try (LandscapeLineReader lines = JSON.lineReader(new ByteArrayInputStream(out.toByteArray()))) {
        check(seed, landscape, ndjson, lines.readAll());
      }
    }));
  }

  private static void check(long seed, Object expected, String json, Object actual) {
    if (!expected.equals(actual)) {
      fail("seed " + seed + ": round trip changed the value\nexpected: " + expected + "\nactual:   " + actual
          + "\nJSON:\n" + (json.length() > 5000 ? json.substring(0, 5000) + "..." : json));
    }
  }
}
