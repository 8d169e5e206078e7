package io.github.collabkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.index.Candidate;
import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.json.CollabkitJson;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.Name;
import io.github.collabkit.model.Organization;
import io.github.collabkit.spark.internal.ExecutorIndexes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalSpark.class)
class SparkResolverTest {
  private static final StructType TEXTS = new StructType()
      .add("id", DataTypes.IntegerType, false)
      .add("affiliation", DataTypes.StringType, true);

  private static SparkSession spark;
  private static Registry bundled;
  private static OrganizationIndex plain;

  @BeforeAll
  static void setUp(SparkSession session) {
    spark = session;
    bundled = Registry.bundled();
    plain = OrganizationIndex.of(CollabkitJson.bundledLandscape());
  }

  /** Every name of every bundled organization, affiliation-like strings around them, and edge cases. */
  private static List<String> bundledSample() {
    List<String> texts = new ArrayList<>();
    for (Organization o : CollabkitJson.bundledLandscape().organizations()) {
      for (Name n : o.names()) {
        texts.add(n.value());
        texts.add("Department of Parasitology, " + n.value() + ", Leiden, the Netherlands");
        texts.add(n.value().toUpperCase(java.util.Locale.ROOT) + ", Utrecht");
      }
      o.identifier(IdentifierScheme.ROR).ifPresent(id -> texts.add(id.url()));
    }
    texts.addAll(Arrays.asList("", "   ", "Universiteit", "University Hospital, Antwerp, Belgium",
        "LUMC; Erasmus MC, Rotterdam", "Afdeling Infectieziekten, Leids Univ. Med. Centrum", null));
    return texts;
  }

  private static Dataset<Row> dataset(List<String> texts, int partitions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(i, texts.get(i)));
    }
    return spark.createDataFrame(rows, TEXTS).repartition(partitions);
  }

  /** Checks every row's resolution against the single-machine index, field by field. */
  static void assertSameAsPlainIndex(OrganizationIndex index, List<Row> resolved, int textColumn,
      int resolutionColumn) {
    for (Row row : resolved) {
      String text = row.getString(textColumn);
      Resolution expected = index.resolve(text);
      Row actual = row.getStruct(resolutionColumn);
      String where = "text '" + text + "'";
      assertEquals(expected.status().code(), actual.getAs("status"), where);
      assertEquals(expected.organization().map(o -> o.key()).orElse(null), actual.getAs("key"), where);
      assertEquals(expected.organization().flatMap(o -> o.identifier(IdentifierScheme.ROR))
          .map(i -> i.value()).orElse(null), actual.getAs("ror"), where);
      assertEquals(expected.organization().map(Organization::displayName).orElse(null), actual.getAs("name"), where);
      assertEquals(expected.score(), (double) actual.getAs("score"), 0.0, where);
      assertEquals(expected.reason(), actual.getAs("reason"), where);
      List<Row> named = actual.getList(actual.fieldIndex("named"));
      assertEquals(expected.named().size(), named.size(), where);
      for (int i = 0; i < named.size(); i++) {
        Candidate c = expected.named().get(i);
        Row n = named.get(i);
        assertEquals(c.organization().key(), n.getAs("key"), where);
        assertEquals(c.score(), (double) n.getAs("score"), 0.0, where);
        assertEquals(c.matchedText(), n.getAs("matched"), where);
        assertEquals(c.start(), (int) n.getAs("start"), where);
        assertEquals(c.end(), (int) n.getAs("end"), where);
        List<Row> evidence = n.getList(n.fieldIndex("evidence"));
        assertEquals(c.evidence().size(), evidence.size(), where);
        for (int k = 0; k < evidence.size(); k++) {
          assertEquals(c.evidence().get(k).kind().code(), evidence.get(k).getAs("kind"), where);
          assertEquals(c.evidence().get(k).found(), evidence.get(k).getAs("found"), where);
          assertEquals(c.evidence().get(k).effect(), (double) evidence.get(k).getAs("effect"), 0.0, where);
        }
      }
    }
  }

  @Test
  void answersEqualThePlainIndexForEveryStringOfTheBundledSample() {
    List<String> texts = bundledSample();
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      List<Row> resolved = resolver.resolve(dataset(texts, 4), "affiliation").collectAsList();
      assertEquals(texts.size(), resolved.size());
      assertSameAsPlainIndex(plain, resolved, 1, 2);
      long statuses = resolved.stream().map(r -> r.getStruct(2).getString(0)).distinct().count();
      assertTrue(statuses >= 4, "the sample reaches resolved, empty, no-candidate and more: " + statuses);
      assertTrue(resolved.stream().anyMatch(r -> !r.getStruct(2).getList(6).isEmpty()),
          "some text names an organization");
    }
  }

  @Test
  void keepsEveryInputRowAndColumn() {
    List<String> texts = bundledSample();
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      Dataset<Row> resolved = resolver.resolve(dataset(texts, 3), "affiliation");
      assertEquals(List.of("id", "affiliation", "resolution"), Arrays.asList(resolved.columns()));
      Map<Integer, String> back = new TreeMap<>();
      for (Row r : resolved.collectAsList()) {
        back.put(r.getInt(0), r.getString(1));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(texts.get(i), back.get(i), "row " + i);
      }
    }
  }

  @Test
  void buildsTheIndexOncePerExecutorNotPerTask() {
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      int before = ExecutorIndexes.builds();
      Dataset<Row> input = dataset(bundledSample(), 8);
      assertEquals(8, input.rdd().getNumPartitions());
      resolver.resolve(input, "affiliation").count();
      resolver.resolve(input, "affiliation").collectAsList();
      // local[2] has one executor, the test JVM: 16 tasks, one build
      assertEquals(1, ExecutorIndexes.builds() - before);
    }
  }

  @Test
  void aNewRegistryGetsItsOwnIndex() {
    int before = ExecutorIndexes.builds();
    try (SparkResolver first = SparkResolver.create(spark, bundled);
        SparkResolver second = SparkResolver.create(spark, bundled)) {
      first.resolve(dataset(List.of("LUMC"), 2), "affiliation").count();
      second.resolve(dataset(List.of("LUMC"), 2), "affiliation").count();
    }
    assertEquals(2, ExecutorIndexes.builds() - before);
  }

  @Test
  void namesTheOutputColumnAsAsked() {
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      Row row = resolver.resolve(dataset(List.of("Leids Universitair Medisch Centrum, Leiden"), 1),
          "affiliation", "org").select("org.status", "org.ror").first();
      assertEquals("resolved", row.getString(0));
      assertEquals("05xvt9f17", row.getString(1));
    }
  }

  @Test
  void rejectsAMissingTextColumnNamingTheColumns() {
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> resolver.resolve(dataset(List.of("LUMC"), 1), "affil"));
      assertEquals("dataset: textColumn: must name a column of the dataset, whose columns are [id, affiliation];"
          + " got 'affil'", e.getMessage());
    }
  }

  @Test
  void rejectsATextColumnThatIsNotAString() {
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> resolver.resolve(dataset(List.of("LUMC"), 1), "id"));
      assertEquals("dataset: textColumn: must name a string column; 'id' is int", e.getMessage());
    }
  }

  @Test
  void rejectsAResolutionColumnThatExists() {
    try (SparkResolver resolver = SparkResolver.create(spark, bundled)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> resolver.resolve(dataset(List.of("LUMC"), 1), "affiliation", "id"));
      assertEquals("dataset: resolutionColumn: must not name a column the dataset has; got 'id'", e.getMessage());
    }
  }
}
