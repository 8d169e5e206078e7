package io.github.collabkit.spark;

import io.github.collabkit.model.UnknownCodeException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of file a {@link Registry} is read from.
 */
public enum RegistryFormat {
  /**
   * A dump of the Research Organization Registry in schema v2, read by collabkit's {@code
   * RorImporter}: whatever it reads (a JSON array of records or one record a line, {@code
   * .jsonl}, either optionally gzipped), chosen by the file name as the importer does.
   */
  ROR,

  /** A collabkit landscape document, such as the bundled dataset of the Dutch umc's. */
  COLLABKIT;

  /**
   * Returns the code of this format, as the job's {@code --registry-format} takes it.
   *
   * @return {@code ror} or {@code collabkit}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the format with a code.
   *
   * @param code {@code ror} or {@code collabkit}
   * @return the format
   * @throws UnknownCodeException naming the allowed codes when the code is not one
   */
  public static RegistryFormat fromCode(String code) {
    for (RegistryFormat f : values()) {
      if (f.code().equals(code)) {
        return f;
      }
    }
    throw new UnknownCodeException("registry format", code,
        Arrays.stream(values()).map(RegistryFormat::code).collect(Collectors.toList()));
  }
}
