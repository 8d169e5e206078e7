package io.github.collabkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.collabkit.index.OrganizationIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real registry (35,990 ROR records) and the real affiliation strings that publishers and
 * matching logs hold, from {@code ../shared/data/ror}; skipped where that data is absent.
 */
@ExtendWith(LocalSpark.class)
class RorAffiliationTest {
  private static final Path ROR = Path.of(System.getProperty("collabkit.shared.dir", "../shared"), "data", "ror");
  private static final List<String> TRAIN = List.of(
      "20230628_Crossref_publisher_asserted_affiliation_string_ROR_IDs_train.csv",
      "20230903_affiliation_matching_logs_train.csv");

  private static SparkSession spark;
  private static Registry registry;

  @BeforeAll
  static void readRegistry(SparkSession session) {
    Path dump = ROR.resolve("records/ror-records-v2.jsonl.gz");
    assumeTrue(Files.isRegularFile(dump), "skipped: the shared ROR registry " + dump + " is absent");
    for (String file : TRAIN) {
      assumeTrue(Files.isRegularFile(ROR.resolve("affiliation").resolve(file)),
          "skipped: the shared affiliation strings " + file + " are absent");
    }
    spark = session;
    registry = Registry.read(spark, dump.toString(), RegistryFormat.ROR);
  }

  @Test
  void answersEqualThePlainIndexForEveryRealAffiliationString() {
    assertEquals(35_990, registry.organizationCount());
    OrganizationIndex plain = OrganizationIndex.of(registry.organizations());
    String[] paths = TRAIN.stream().map(f -> ROR.resolve("affiliation").resolve(f).toString()).toArray(String[]::new);
    // the Crossref file opens with a byte order mark, which Spark keeps in the first header name
    var texts = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(paths).toDF("affiliation", "ror_id").repartition(4);
    try (SparkResolver resolver = SparkResolver.create(spark, registry)) {
      List<Row> resolved = resolver.resolve(texts, "affiliation").collectAsList();
      assertEquals(6_747 + 690, resolved.size());
      SparkResolverTest.assertSameAsPlainIndex(plain, resolved, 0, 2);
    }
  }
}
