package io.github.collabkit.benchmarks;

import io.github.collabkit.benchmarks.data.Landscapes;
import io.github.collabkit.benchmarks.peer.DocumentCodec;
import io.github.collabkit.benchmarks.peer.Peer;
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
 * How fast is a landscape written as JSON, one document or newline-delimited, against plain
 * Jackson writing equivalent records?
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar JsonWriteBenchmark -prof gc}</pre>
 *
 * <p>Both write to the same reused in-memory buffer; the result is the number of bytes written.
 * Both write the same bytes: documents indented two spaces a level, lines compact ({@code
 * PeersTest} checks it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class JsonWriteBenchmark {
  /** Organizations in the generated landscape. */
  @Param({"1000", "10000"})
  public String organizations;

  /** Who writes. */
  @Param({"COLLABKIT", "JACKSON"})
  public Peer peer;

  private DocumentCodec codec;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /** Builds the peer. */
  @Setup
  public void setUp() {
    codec = peer.create(DocumentCodec.class, Landscapes.get(organizations));
  }

  /**
   * Writes the landscape as one document.
   *
   * @return the bytes written
   */
  @Benchmark
  public int document() {
    out.reset();
    codec.writeDocument(out);
    return out.size();
  }

  /**
   * Writes the landscape as newline-delimited JSON.
   *
   * @return the bytes written
   */
  @Benchmark
  public int lines() {
    out.reset();
    codec.writeLines(out);
    return out.size();
  }
}
