package io.github.collabkit.spark.internal;

import io.github.collabkit.index.Candidate;
import io.github.collabkit.index.Evidence;
import io.github.collabkit.index.Resolution;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Organization;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one place where a {@link Resolution} becomes a Spark row: the struct type of the resolution
 * column and the conversion into it. Everything that writes or reads the column goes through here.
 */
public final class ResolutionRows {
  private static final StructType EVIDENCE = new StructType(new StructField[] {
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("found", DataTypes.StringType, false),
      DataTypes.createStructField("expected", DataTypes.StringType, false),
      DataTypes.createStructField("effect", DataTypes.DoubleType, false)});

  private static final StructType NAMED = new StructType(new StructField[] {
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("ror", DataTypes.StringType, true),
      DataTypes.createStructField("name", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("matched", DataTypes.StringType, false),
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("evidence", DataTypes.createArrayType(EVIDENCE, false), false)});

  private static final StructType TYPE = new StructType(new StructField[] {
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("key", DataTypes.StringType, true),
      DataTypes.createStructField("ror", DataTypes.StringType, true),
      DataTypes.createStructField("name", DataTypes.StringType, true),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      DataTypes.createStructField("named", DataTypes.createArrayType(NAMED, false), false)});

  private ResolutionRows() {}

  /**
   * Returns the struct type of the resolution column.
   *
   * @return the type
   */
  public static StructType type() {
    return TYPE;
  }

  /**
   * Converts a resolution into a row of {@link #type()}.
   *
   * @param resolution the resolution
   * @return the row
   */
  public static Row toRow(Resolution resolution) {
    Organization o = resolution.organization().orElse(null);
    List<Candidate> named = resolution.named();
    Row[] rows = new Row[named.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = named(named.get(i));
    }
    return RowFactory.create(
        resolution.status().code(),
        o == null ? null : o.key(),
        o == null ? null : ror(o),
        o == null ? null : o.displayName(),
        resolution.score(),
        resolution.reason(),
        scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(rows)).toSeq());
  }

  private static Row named(Candidate c) {
    Row[] evidence = new Row[c.evidence().size()];
    for (int i = 0; i < evidence.length; i++) {
      Evidence e = c.evidence().get(i);
      evidence[i] = RowFactory.create(e.kind().code(), e.found(), e.expected(), e.effect());
    }
    return RowFactory.create(c.organization().key(), ror(c.organization()), c.organization().displayName(),
        c.score(), c.matchedText(), c.start(), c.end(),
        scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(evidence)).toSeq());
  }

  private static String ror(Organization o) {
    return o.identifier(IdentifierScheme.ROR).map(i -> i.value()).orElse(null);
  }
}
