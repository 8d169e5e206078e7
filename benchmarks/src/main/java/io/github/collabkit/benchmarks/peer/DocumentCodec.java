package io.github.collabkit.benchmarks.peer;

import java.io.OutputStream;

/** Writes and reads the landscape a peer was built over, as one JSON document or as NDJSON. */
public interface DocumentCodec {
  /**
   * Writes the landscape as one dataset document.
   *
   * @param out where to write
   */
  void writeDocument(OutputStream out);

  /**
   * Writes the landscape as newline-delimited JSON, one entity a line.
   *
   * @param out where to write
   */
  void writeLines(OutputStream out);

  /**
   * Reads a dataset document.
   *
   * @param json the document, as collabkit writes it
   * @return what was read
   */
  Object readDocument(byte[] json);

  /**
   * Reads newline-delimited JSON.
   *
   * @param lines the lines, as collabkit writes them
   * @return what was read
   */
  Object readLines(byte[] lines);
}
