package io.github.collabkit.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes one kind of value of the collabkit wire format.
 *
 * @param <V> the value type
 */
public interface Codec<V> {

  /**
   * Reads a value whose first token is the parser's current token, leaving the parser on its last
   * token.
   *
   * @param reader the read state and options
   * @param parser the parser
   * @return the value, never null
   */
  V read(ModelReader reader, JsonParser parser);

  /**
   * Writes a value.
   *
   * @param generator the generator
   * @param value the value, never null
   */
  void write(JsonGenerator generator, V value);

  /**
   * Returns the Java type this codec reads and writes.
   *
   * @return the type
   */
  Class<V> type();
}
