package io.github.collabkit.spark;

import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.spark.internal.ExecutorIndexes;
import io.github.collabkit.spark.internal.RegistryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * How many affiliation strings a second does Spark in local mode resolve, against one thread of the
 * plain index on the same strings, and which registry form is cheaper to ship to executors?
 *
 * <pre>{@code
 * ./mvnw -B -o -pl spark -am -DskipTests -Pthroughput package            # the real ROR registry
 * ./mvnw -B -o -pl spark -am -DskipTests -Pthroughput package -Dthroughput.args="ror 65536 3"
 * }</pre>
 *
 * <p>Arguments: the registry (only {@code ror}: {@code
 * ../shared/data/ror/records/ror-records-v2.jsonl.gz}), the number of strings (the real affiliation strings of
 * {@code ../shared/data/ror/affiliation/*_train.csv}, repeated to that count), and the number of
 * measured rounds. Each peer runs one warm-up round and then the measured rounds; the figure is
 * the mean of the rounds with its standard deviation. Spark runs with {@code local[1]} and {@code
 * local[2]}, the strings cached in memory first, every row resolved into Spark's {@code noop}
 * sink, so reading and writing files is not measured; the first Spark round includes the
 * broadcast and the index build, later rounds reuse the executor's index.
 *
 * <p>Not JMH: Spark would have to go on the benchmarks module's class path (181 jars, the
 * enforcer's convergence rule fails on them), and a Spark job is a unit of seconds that JMH's
 * forks and iterations add nothing to; the rounds here are whole jobs, as users run them.
 */
public final class LocalThroughput {
  private static final Path SHARED = Path.of(System.getProperty("collabkit.shared.dir", "../shared"), "data", "ror");

  private LocalThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args registry, strings, rounds
   * @throws IOException when the shared data cannot be read
   */
  public static void main(String[] args) throws IOException {
    String which = args.length > 0 ? args[0] : "ror";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 17;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (!which.equals("ror")) {
      throw new IllegalArgumentException("registry '" + which + "': only ror is measured");
    }
    Path dump = SHARED.resolve("records/ror-records-v2.jsonl.gz");
    byte[] file = Files.readAllBytes(dump);
    Registry registry = Registry.of(RegistryFormat.ROR, dump.getFileName().toString(), file);
    List<String> texts = strings(count);
    System.out.printf(Locale.ROOT, "registry %s; %d strings (%d distinct); %d rounds; %d processors%n", registry,
        texts.size(), texts.stream().distinct().count(), rounds, Runtime.getRuntime().availableProcessors());

    shipping(registry, file);

    OrganizationIndex plain = OrganizationIndex.of(registry.organizations());
    double[] one = new double[rounds];
    for (int r = -1; r < rounds; r++) {
      long t0 = System.nanoTime();
      int resolved = 0;
      for (String t : texts) {
        resolved += plain.resolve(t).isResolved() ? 1 : 0;
      }
      double perSecond = texts.size() / ((System.nanoTime() - t0) / 1e9);
      if (r >= 0) {
        one[r] = perSecond;
      }
      if (r == rounds - 1) {
        System.out.printf(Locale.ROOT, "plain index, 1 thread: %s strings/s (%d resolved)%n", stats(one), resolved);
      }
    }
    for (String master : List.of("local[1]", "local[2]")) {
      spark(master, registry, texts, rounds);
    }
  }

  private static void spark(String master, Registry registry, List<String> texts, int rounds) {
    SparkSession spark = SparkSession.builder().master(master).appName("collabkit throughput")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      StructType schema = new StructType().add("affiliation", DataTypes.StringType, true);
      List<Row> rows = new ArrayList<>(texts.size());
      for (String t : texts) {
        rows.add(RowFactory.create(t));
      }
      int partitions = 4 * spark.sparkContext().defaultParallelism();
      Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(partitions).cache();
      input.count();
      double[] measured = new double[rounds];
      int builds = ExecutorIndexes.builds();
      double first = 0;
      try (SparkResolver resolver = SparkResolver.create(spark, registry)) {
        for (int r = -1; r < rounds; r++) {
          long t0 = System.nanoTime();
          resolver.resolve(input, "affiliation").write().format("noop").mode("overwrite").save();
          double seconds = (System.nanoTime() - t0) / 1e9;
          if (r < 0) {
            first = seconds;
          } else {
            measured[r] = texts.size() / seconds;
          }
        }
      }
      System.out.printf(Locale.ROOT, "spark %s, %d partitions: %s strings/s; first round %.2f s "
          + "(broadcast and index build included); index builds %d%n", master, partitions, stats(measured),
          first, ExecutorIndexes.builds() - builds);
    } finally {
      spark.stop();
    }
  }

  /**
   * Compares the two forms a registry can be shipped in: the ROR dump as read, which each executor
   * would import, or the gzipped collabkit document that {@link Registry} ships.
   */
  private static void shipping(Registry registry, byte[] file) {
    double[] fromDump = new double[3];
    double[] fromDocument = new double[3];
    for (int r = -1; r < 3; r++) {
      long t0 = System.nanoTime();
      OrganizationIndex.of(RegistryParser.ror(registry.fileName(), file).organizations());
      long t1 = System.nanoTime();
      OrganizationIndex.of(RegistryParser.unship(registry.shipped()));
      long t2 = System.nanoTime();
      if (r >= 0) {
        fromDump[r] = (t1 - t0) / 1e6;
        fromDocument[r] = (t2 - t1) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "ROR dump as read (%s): %d bytes, import and index %s ms%n",
        registry.fileName(), file.length, stats(fromDump));
    System.out.printf(Locale.ROOT, "gzipped collabkit document (shipped): %d bytes, read and index %s ms%n",
        registry.shippedSize(), stats(fromDocument));
  }

  /** The affiliation strings, read with Spark's CSV reader in a session of their own. */
  private static List<String> strings(int count) {
    List<String> distinct = new ArrayList<>();
    SparkSession spark = SparkSession.builder().master("local[1]").appName("collabkit throughput input")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    try {
      for (String file : List.of("20230628_Crossref_publisher_asserted_affiliation_string_ROR_IDs_train.csv",
          "20230903_affiliation_matching_logs_train.csv")) {
        Path csv = SHARED.resolve("affiliation").resolve(file);
        if (Files.isRegularFile(csv)) {
          // the first column is the affiliation (the Crossref file's header starts with a byte order mark)
          for (Row r : spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
              .csv(csv.toString()).collectAsList()) {
            distinct.add(r.getString(0));
          }
        }
      }
    } finally {
      spark.stop();
    }
    if (distinct.isEmpty()) {
      throw new IllegalStateException("the affiliation strings under " + SHARED.resolve("affiliation")
          + " are absent");
    }
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(distinct.get(i % distinct.size()));
    }
    return texts;
  }

  private static String stats(double[] xs) {
    double mean = 0;
    for (double x : xs) {
      mean += x;
    }
    mean /= xs.length;
    double var = 0;
    for (double x : xs) {
      var += (x - mean) * (x - mean);
    }
    double sd = xs.length > 1 ? Math.sqrt(var / (xs.length - 1)) : 0;
    return String.format(Locale.ROOT, "%.0f ± %.0f", mean, sd);
  }
}
