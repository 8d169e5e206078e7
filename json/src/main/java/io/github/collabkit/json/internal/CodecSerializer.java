package io.github.collabkit.json.internal;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Adapts a codec to Jackson's serializer contract.
 *
 * @param <T> the model type
 */
public final class CodecSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final BiConsumer<JsonGenerator, T> write;

  /**
   * Creates the adapter.
   *
   * @param type the model type
   * @param write writes a value
   */
  public CodecSerializer(Class<T> type, BiConsumer<JsonGenerator, T> write) {
    this.type = type;
    this.write = write;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    write.accept(g, value);
  }
}
