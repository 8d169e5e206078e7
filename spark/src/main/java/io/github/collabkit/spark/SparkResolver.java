package io.github.collabkit.spark;

import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.spark.internal.ResolutionRows;
import io.github.collabkit.spark.internal.ResolvePartition;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Resolves a text column of a Spark dataset, such as the affiliation strings of a publication
 * corpus, to the organizations of a {@link Registry}, with collabkit's {@code
 * OrganizationIndex.resolve}: the same answer as on one machine, for every row.
 *
 * <pre>{@code
 * Registry ror = Registry.read(spark, "hdfs:///ror/ror-data.jsonl.gz", RegistryFormat.ROR);
 * try (SparkResolver resolver = SparkResolver.create(spark, ror)) {
 *   Dataset<Row> resolved = resolver.resolve(spark.read().parquet("affiliations.parquet"), "affiliation");
 *   resolved.select("affiliation", "resolution.status", "resolution.ror").show();
 * }
 * }</pre>
 *
 * <p>The registry is broadcast once, as a gzipped collabkit document ({@link
 * Registry#shippedSize()} bytes); each executor reads it and builds one index the first time a
 * task needs it, and every later task on that executor reuses it. Rows are
 * resolved a partition at a time ({@code mapPartitions}), lazily, so memory does not grow with
 * the partition. The column added is a struct of {@link #resolutionType()}: {@code status} (the
 * code of {@code Resolution.Status}: {@code resolved}, {@code empty}, {@code no-candidate}, {@code
 * below-threshold}, {@code ambiguous}, {@code unsupported}, {@code several-named}), the
 * organization's {@code key}, its {@code ror} id and display {@code name} when resolved, the
 * {@code score} of the best candidate (0 when none), the {@code reason} in one short phrase, and
 * {@code named}: every organization the text names ({@code Resolution.named()}), each a struct of
 * {@code key}, {@code ror}, {@code name}, {@code score}, the {@code matched} text with its {@code
 * start} and {@code end} (exclusive) in the text, and its {@code evidence} (structs of {@code
 * kind}, {@code found}, {@code expected}, {@code effect}). A null text is resolved as an empty one
 * (status {@code empty}).
 *
 * <p>A resolver holds a broadcast; close it to free the executors' copies.
 */
public final class SparkResolver implements AutoCloseable {
  /** The name of the column added when no other is given. */
  public static final String DEFAULT_COLUMN = "resolution";

  private final Registry registry;
  private final Broadcast<byte[]> broadcast;
  private final String id = UUID.randomUUID().toString();

  private SparkResolver(Registry registry, Broadcast<byte[]> broadcast) {
    this.registry = registry;
    this.broadcast = broadcast;
  }

  /**
   * Creates a resolver, broadcasting the registry.
   *
   * @param spark the session
   * @param registry the organizations to resolve against
   * @return the resolver
   */
  public static SparkResolver create(SparkSession spark, Registry registry) {
    Objects.requireNonNull(registry, "registry");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new SparkResolver(registry, context.broadcast(registry.shipped()));
  }

  /**
   * Returns the struct type of the column that {@link #resolve} adds.
   *
   * @return the type
   */
  public static StructType resolutionType() {
    return ResolutionRows.type();
  }

  /**
   * Returns the registry this resolver resolves against.
   *
   * @return the registry
   */
  public Registry registry() {
    return registry;
  }

  /**
   * Adds the resolution of a text column as a column named {@value #DEFAULT_COLUMN}.
   *
   * @param input the dataset
   * @param textColumn the name of a string column
   * @return the dataset with the column added; evaluated lazily, as Spark does
   * @throws InvalidValueException when the text column is missing or not a string, or the
   *     dataset already has a column named {@value #DEFAULT_COLUMN}
   */
  public Dataset<Row> resolve(Dataset<Row> input, String textColumn) {
    return resolve(input, textColumn, DEFAULT_COLUMN);
  }

  /**
   * Adds the resolution of a text column as a column of the given name.
   *
   * @param input the dataset
   * @param textColumn the name of a string column
   * @param resolutionColumn the name of the column to add
   * @return the dataset with the column added; evaluated lazily, as Spark does
   * @throws InvalidValueException when the text column is missing or not a string, or the
   *     dataset already has a column named {@code resolutionColumn}
   */
  public Dataset<Row> resolve(Dataset<Row> input, String textColumn, String resolutionColumn) {
    StructType schema = input.schema();
    String[] names = schema.fieldNames();
    int column = Arrays.asList(names).indexOf(textColumn);
    if (column < 0) {
      throw new InvalidValueException("dataset", null, "textColumn", "must name a column of the dataset, whose columns are "
          + Arrays.toString(names) + "; got '" + textColumn + "'");
    }
    if (!schema.fields()[column].dataType().equals(DataTypes.StringType)) {
      throw new InvalidValueException("dataset", null, "textColumn", "must name a string column; '" + textColumn
          + "' is " + schema.fields()[column].dataType().simpleString());
    }
    if (Arrays.asList(names).contains(resolutionColumn)) {
      throw new InvalidValueException("dataset", null, "resolutionColumn",
          "must not name a column the dataset has; got '" + resolutionColumn + "'");
    }
    StructType output = schema.add(resolutionColumn, ResolutionRows.type(), false);
    return input.mapPartitions(
        new ResolvePartition(id, broadcast, column),
        Encoders.row(output));
  }

  /**
   * Frees the broadcast registry on the driver and the executors.
   */
  @Override
  public void close() {
    broadcast.destroy();
  }
}
