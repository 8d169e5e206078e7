package io.github.collabkit.spark.internal;

import io.github.collabkit.index.OrganizationIndex;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Resolves the text column of one partition: takes this executor's index (built once from the
 * broadcast registry) and appends the resolution of each row's text to the row, lazily, row by
 * row.
 */
public final class ResolvePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String registryId;
  private final Broadcast<byte[]> registry;
  private final int column;

  /**
   * Creates the function.
   *
   * @param registryId names the registry uniquely (in every Spark context this JVM may run), so
   *     that each executor builds its index once
   * @param registry the registry as shipped ({@link RegistryParser#ship})
   * @param column the position of the text column in the input rows
   */
  public ResolvePartition(String registryId, Broadcast<byte[]> registry, int column) {
    this.registryId = registryId;
    this.registry = registry;
    this.column = column;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    OrganizationIndex index = ExecutorIndexes.get(registryId,
        () -> OrganizationIndex.of(RegistryParser.unship(registry.value())));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        int n = row.length();
        Object[] values = new Object[n + 1];
        for (int i = 0; i < n; i++) {
          values[i] = row.get(i);
        }
        values[n] = ResolutionRows.toRow(index.resolve(row.getString(column)));
        return RowFactory.create(values);
      }
    };
  }
}
