package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonRule;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what goes wrong while writing into a {@link CollabkitJsonException}: the JSON Pointer where
 * the generator stopped, rule {@link JsonRule#LIMIT} for a write limit and {@link JsonRule#IO} for
 * everything else. (Reading has its own translation in {@link ModelReader#fromJackson}, which knows
 * lines, columns and the rules of parsing.)
 */
public final class WriteFailures {

  private WriteFailures() {}

  /**
   * Translates an exception thrown by a generator.
   *
   * @param e what Jackson threw
   * @return the exception to throw instead, with {@code e} as its cause
   */
  public static CollabkitJsonException of(JacksonException e) {
    String pointer = "";
    if (e.processor() instanceof JsonGenerator) {
      try {
        pointer = ((JsonGenerator) e.processor()).streamWriteContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        pointer = "";
      }
    }
    JsonRule rule = e instanceof StreamConstraintsException ? JsonRule.LIMIT : JsonRule.IO;
    String message = e.getOriginalMessage();
    return new CollabkitJsonException(pointer, -1, -1, rule,
        "cannot write: " + (message == null ? e.toString() : message), e);
  }

  /**
   * Reports a file that cannot be opened, read or written.
   *
   * @param file the file
   * @param e what the file system said
   * @return the exception, with rule {@link JsonRule#IO}
   */
  public static CollabkitJsonException of(Path file, IOException e) {
    return new CollabkitJsonException("", -1, -1, JsonRule.IO, "cannot read or write " + file + ": " + e, e);
  }

  /**
   * Reports a stream that cannot be written.
   *
   * @param e what the stream threw
   * @return the exception, with rule {@link JsonRule#IO}
   */
  public static CollabkitJsonException of(IOException e) {
    return new CollabkitJsonException("", -1, -1, JsonRule.IO, "cannot write: " + e, e);
  }
}
