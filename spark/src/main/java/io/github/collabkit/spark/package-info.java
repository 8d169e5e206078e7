/**
 * Resolution of affiliation strings at corpus scale on Apache Spark: {@link
 * io.github.collabkit.spark.SparkResolver} adds to a dataset the organization that each row's text
 * names, resolved by collabkit's {@code OrganizationIndex} against a {@link
 * io.github.collabkit.spark.Registry} (a ROR dump or a collabkit document) whose bytes are
 * broadcast and indexed once per executor; {@link io.github.collabkit.spark.ResolveAffiliationsJob}
 * is the ready-made job from CSV or Parquet to Parquet. Start from {@code SparkResolver}.
 *
 * <p>The module holds only glue: the index does the work, and its answers are the same as on one
 * machine.
 */
package io.github.collabkit.spark;
