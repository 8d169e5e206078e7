package io.github.collabkit.spark.internal;

import io.github.collabkit.index.Resolution;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.Organization;
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
  /** The status of a resolved text. */
  public static final String RESOLVED = "resolved";
  /** The status of a text whose best candidate was not accepted. */
  public static final String UNSURE = "unsure";
  /** The status of a text that matched no name closely enough to be a candidate. */
  public static final String UNMATCHED = "unmatched";

  private static final StructType TYPE = new StructType(new StructField[] {
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("key", DataTypes.StringType, true),
      DataTypes.createStructField("ror", DataTypes.StringType, true),
      DataTypes.createStructField("name", DataTypes.StringType, true),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

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
   * Returns the status of a resolution as written in the column.
   *
   * @param resolution the resolution
   * @return {@value #RESOLVED}, {@value #UNSURE} or {@value #UNMATCHED}
   */
  public static String status(Resolution resolution) {
    if (resolution.isResolved()) {
      return RESOLVED;
    }
    return resolution.top().isPresent() ? UNSURE : UNMATCHED;
  }

  /**
   * Converts a resolution into a row of {@link #type()}.
   *
   * @param resolution the resolution
   * @return the row
   */
  public static Row toRow(Resolution resolution) {
    Organization o = resolution.organization().orElse(null);
    return RowFactory.create(
        status(resolution),
        o == null ? null : o.key().key(),
        o == null ? null : o.identifier(IdentifierScheme.ROR).map(i -> i.value()).orElse(null),
        o == null ? null : o.displayName(),
        resolution.score(),
        resolution.reason());
  }
}
