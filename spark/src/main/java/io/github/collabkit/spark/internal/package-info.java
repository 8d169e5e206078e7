/**
 * The parts of the Spark glue that users do not call: the row conversion of a resolution, the
 * per-partition function, the per-executor index cache and the registry parser. Not public API;
 * the module's javadoc leaves this package out.
 */
package io.github.collabkit.spark.internal;
