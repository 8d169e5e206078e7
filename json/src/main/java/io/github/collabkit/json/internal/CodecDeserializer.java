package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitJsonException;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Adapts a codec to Jackson's deserializer contract. Every failure leaves as a {@link
 * CollabkitJsonException}.
 *
 * @param <T> the model type
 */
public final class CodecDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final BiFunction<ModelReader, JsonParser, T> read;
  private final boolean failOnUnknown;
  private final boolean failOnNull;

  /**
   * Creates the adapter.
   *
   * @param type the model type
   * @param read reads a value
   * @param failOnUnknown whether unknown properties fail
   * @param failOnNull whether null properties fail
   */
  public CodecDeserializer(Class<T> type, BiFunction<ModelReader, JsonParser, T> read,
      boolean failOnUnknown, boolean failOnNull) {
    this.type = type;
    this.read = read;
    this.failOnUnknown = failOnUnknown;
    this.failOnNull = failOnNull;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    ModelReader r = new ModelReader(failOnUnknown, failOnNull, false, null);
    try {
      return read.apply(r, p);
    } catch (JacksonException e) {
      throw ModelReader.fromJackson(e, p);
    }
  }
}
