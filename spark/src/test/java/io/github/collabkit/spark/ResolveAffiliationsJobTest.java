package io.github.collabkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.index.OrganizationIndex;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.json.CollabkitJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
class ResolveAffiliationsJobTest {
  private static final String CSV = """
      id,affiliation
      1,"Department of Parasitology, Leids Universitair Medisch Centrum, Leiden, the Netherlands"
      2,"Erasmus MC, Rotterdam"
      3,"Universiteit"
      4,"Institute of Something Else, Nowhere"
      5,
      6,"A ""quoted"" name, UMC Utrecht"
      """;

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path registry;

  @BeforeAll
  static void setUp(SparkSession session) {
    spark = session;
    registry = dir.resolve("umc-landscape.json");
    CollabkitJson.standard().writeLandscape(CollabkitJson.bundledLandscape(), registry);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ResolveAffiliationsJob.run(spark, args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void resolvesACsvIntoParquetAndPrintsCountsByStatus() throws Exception {
    Path input = dir.resolve("affiliations.csv");
    Files.writeString(input, CSV);
    Path output = dir.resolve("resolved.parquet");
    Run run = run("--registry", registry.toString(), "--registry-format", "collabkit",
        "--input", input.toString(), "--output", output.toString());
    assertEquals(0, run.status(), run.err());

    List<Row> rows = spark.read().parquet(output.toString()).orderBy("id").collectAsList();
    assertEquals(6, rows.size());
    OrganizationIndex plain = OrganizationIndex.of(CollabkitJson.bundledLandscape());
    SparkResolverTest.assertSameAsPlainIndex(plain, rows, 1, 2);
    StringBuilder expected = new StringBuilder();
    for (Resolution.Status status : Resolution.Status.values()) {
      long n = rows.stream().filter(r -> r.getStruct(2).getString(0).equals(status.code())).count();
      expected.append(String.format("%-16s %12d%n", status.code(), n));
    }
    expected.append(String.format("%-16s %12d%n", "total", 6));
    assertEquals(expected.toString(), run.out());
    long resolved = rows.stream().filter(r -> r.getStruct(2).getString(0).equals("resolved")).count();
    assertTrue(resolved >= 2, run.out());
  }

  @Test
  void readsParquetInput() {
    Path input = dir.resolve("in.parquet");
    spark.createDataFrame(List.of(new Text("Erasmus MC, Rotterdam")), Text.class).write().parquet(input.toString());
    Run run = run("--registry", registry.toString(), "--registry-format", "collabkit",
        "--input", input.toString(), "--column", "text", "--output", dir.resolve("out.parquet").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().endsWith(String.format("%-16s %12d%n", "total", 1)), run.out());
  }

  @Test
  void exitsWith2AndUsageOnAMissingOption() {
    Run run = run("--registry", registry.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("option --input: required"), run.err());
    assertTrue(run.err().contains("usage: ResolveAffiliationsJob"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void exitsWith2NamingTheColumnWhenTheTextColumnIsMissing() throws Exception {
    Path input = dir.resolve("other.csv");
    Files.writeString(input, "id,text\n1,LUMC\n");
    Run run = run("--registry", registry.toString(), "--registry-format", "collabkit",
        "--input", input.toString(), "--output", dir.resolve("x.parquet").toString());
    assertEquals(2, run.status());
    assertEquals("dataset: textColumn: must name a column of the dataset, whose columns are [id, text]; got 'affiliation'",
        run.err().lines().filter(l -> !l.startsWith("registry:")).findFirst().orElse(""));
  }

  /** A bean for a one-column Parquet file. */
  public static final class Text implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String text;

    /** Creates an empty bean, for Spark. */
    public Text() {}

    Text(String text) {
      this.text = text;
    }

    /** @return the text */
    public String getText() {
      return text;
    }

    /** @param text the text */
    public void setText(String text) {
      this.text = text;
    }
  }
}
