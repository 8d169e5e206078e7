package io.github.collabkit.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The code table of each vocabulary enum, built once per class and shared; {@link Vocabulary#fromCode} is its public face. */
final class VocabularyCodes {
  private static final ClassValue<Map<String, Object>> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> map = new LinkedHashMap<>();
          for (Object constant : Arrays.asList(type.getEnumConstants())) {
            Object previous = map.put(((Vocabulary) constant).code(), constant);
            if (previous != null) {
              throw new IllegalStateException(
                  type.getName() + ": code '" + ((Vocabulary) constant).code() + "' used twice");
            }
          }
          return Collections.unmodifiableMap(map);
        }
      };

  private VocabularyCodes() {}

  /**
   * Returns the constant with a code, or {@code null}.
   *
   * @param <E> the vocabulary type
   * @param type the enum class
   * @param code the code
   * @return the constant or {@code null}
   */
  static <E extends Enum<E> & Vocabulary> E find(Class<E> type, String code) {
    return code == null ? null : type.cast(BY_TYPE.get(type).get(code));
  }

  /**
   * Returns the codes of a vocabulary in declaration order.
   *
   * @param <E> the vocabulary type
   * @param type the enum class
   * @return the codes
   */
  static <E extends Enum<E> & Vocabulary> List<String> codes(Class<E> type) {
    return List.copyOf(BY_TYPE.get(type).keySet());
  }
}
