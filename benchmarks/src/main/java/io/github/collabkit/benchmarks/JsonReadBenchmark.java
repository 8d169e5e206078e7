package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.DocumentCodec;
import io.github.collabkit.benchmarks.peer.Peer;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.json.LandscapeLineWriter;
import io.github.collabkit.model.Landscape;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is a landscape read from JSON, one document or newline-delimited, against plain Jackson
 * reading equivalent records?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar JsonReadBenchmark -prof gc}</pre>
 *
 * <p>Both read the same bytes, written by collabkit before measurement, with the same parser
 * strictness (unknown and duplicate properties fail, the same read limits). collabkit builds
 * validated model values (every invariant checked); plain Jackson fills records that check
 * nothing beyond that.
 *
 * <p>An operation takes tens of milliseconds at 10,000 organizations and the first few hundred
 * milliseconds-long operations run before the JIT is done: give it the annotated warm-up (3 × 2 s)
 * or more; a 1 s warm-up measures compilation, not reading.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class JsonReadBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000"})
  public String organizations;

  /** Who reads. */
  @Param({"COLLABKIT", "JACKSON"})
  public Peer peer;

  private DocumentCodec codec;
  private byte[] document;
  private byte[] lines;

  /** Builds the peer and writes the input. */
  @Setup
  public void setUp() {
    Landscape landscape = Landscapes.get(organizations);
    codec = peer.create(DocumentCodec.class, landscape);
    CollabkitJson json = CollabkitJson.standard();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeLandscape(landscape, out);
    document = out.toByteArray();
    out.reset();
    try (LandscapeLineWriter writer = json.lineWriter(out, landscape)) {
      writer.writeAll(landscape);
    }
    lines = out.toByteArray();
  }

  /**
   * Reads the landscape from one document.
   *
   * @return what was read
   */
  @Benchmark
  public Object document() {
    return codec.readDocument(document);
  }

  /**
   * Reads the landscape from newline-delimited JSON.
   *
   * @return what was read
   */
  @Benchmark
  public Object lines() {
    return codec.readLines(lines);
  }
}
