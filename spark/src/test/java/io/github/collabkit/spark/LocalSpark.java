package io.github.collabkit.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one SparkSession of the test JVM ({@code local[2]}, no UI, quiet), created on
 * first use and stopped when all tests have run. Spark allows one active session per JVM; a second
 * {@code getOrCreate} would return the first anyway.
 */
public final class LocalSpark implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(LocalSpark.class, k -> new Session(), Session.class).spark;
  }

  /** The session, stopped by JUnit when the root context closes. */
  private static final class Session implements AutoCloseable {
    final SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("collabkit-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();

    @Override
    public void close() {
      spark.stop();
    }
  }
}
