package io.github.collabkit.spark;

import io.github.collabkit.index.Resolution;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job that resolves a file of affiliation strings: reads them from CSV (with a header
 * row) or Parquet, adds the {@code resolution} column of {@link SparkResolver}, writes Parquet, and
 * prints the number of rows of each status on standard output.
 *
 * <pre>{@code
 * spark-submit --class io.github.collabkit.spark.ResolveAffiliationsJob \
 *   spark/target/collabkit-spark-0.1.0-SNAPSHOT-job.jar \
 *   --registry ror-data.jsonl.gz --input affiliations.csv --column affiliation --output resolved.parquet
 * }</pre>
 *
 * <p>Options: {@code --registry PATH} (required; any path Spark reads), {@code --registry-format
 * ror|collabkit} (default {@code ror}), {@code --input PATH} (required), {@code --input-format
 * csv|parquet} (default: from the file name, Parquet unless it ends in {@code .csv}), {@code
 * --column NAME} (default {@code affiliation}), {@code --output PATH} (required; replaced if it
 * exists). Exits 0 when done, 2 on a usage error or unusable input, with the reason on standard
 * error. Standard error also names the registry read and the first problems its importer reported
 * (ROR records skipped, values left out).
 */
public final class ResolveAffiliationsJob {
  private static final String USAGE = "usage: ResolveAffiliationsJob --registry PATH [--registry-format ror|collabkit]"
      + " --input PATH [--input-format csv|parquet] [--column NAME] --output PATH";

  private static final int PROBLEMS_SHOWN = 10;

  private ResolveAffiliationsJob() {}

  /**
   * Runs the job in the session that {@code spark-submit} (or the environment) configures, and
   * stops it at the end.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("collabkit resolve affiliations").getOrCreate();
    int status;
    try {
      status = run(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the job in a session, which stays open.
   *
   * @param spark the session
   * @param args the options
   * @param out where the counts go
   * @param err where usage errors and unusable input are reported
   * @return 0 when done, 2 on a usage error or unusable input
   */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Map<String, Long> counts;
    try {
      Registry registry = Registry.read(spark, options.get("--registry"),
          RegistryFormat.fromCode(options.getOrDefault("--registry-format", "ror")));
      err.println("registry: " + registry);
      registry.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
      if (registry.problems().size() > PROBLEMS_SHOWN) {
        err.println("  and " + (registry.problems().size() - PROBLEMS_SHOWN) + " more problems");
      }
      Dataset<Row> input = read(spark, options.get("--input"), options.get("--input-format"));
      String output = options.get("--output");
      try (SparkResolver resolver = SparkResolver.create(spark, registry)) {
        resolver.resolve(input, options.getOrDefault("--column", "affiliation"))
            .write().mode(SaveMode.Overwrite).parquet(output);
      }
      counts = countByStatus(spark.read().parquet(output));
    } catch (IllegalArgumentException | io.github.collabkit.CollabkitException e) {
      err.println(e.getMessage());
      return 2;
    }
    long total = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      out.printf(Locale.ROOT, "%-16s %12d%n", e.getKey(), e.getValue());
      total += e.getValue();
    }
    out.printf(Locale.ROOT, "%-16s %12d%n", "total", total);
    return 0;
  }

  private static Dataset<Row> read(SparkSession spark, String path, String format) {
    String f = format != null ? format : path.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
    try {
      switch (f) {
        case "csv":
          return spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
              .csv(path);
        case "parquet":
          return spark.read().parquet(path);
        default:
          throw new IllegalArgumentException("--input-format '" + f + "': not one of csv, parquet");
      }
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("input '" + path + "': cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Counts the rows of each status in a resolved dataset, in the order of {@link Resolution.Status}.
   */
  private static Map<String, Long> countByStatus(Dataset<Row> resolved) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Resolution.Status status : Resolution.Status.values()) {
      counts.put(status.code(), 0L);
    }
    for (Row r : resolved.groupBy(SparkResolver.DEFAULT_COLUMN + ".status").count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }

  private static Map<String, String> options(String[] args) {
    List<String> known = List.of("--registry", "--registry-format", "--input", "--input-format", "--column",
        "--output");
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i])) {
        throw new IllegalArgumentException("unknown option '" + args[i] + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + ": needs a value");
      }
      options.put(args[i], args[i + 1]);
    }
    for (String required : List.of("--registry", "--input", "--output")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("option " + required + ": required");
      }
    }
    return options;
  }
}
