package io.github.collabkit.json.internal;

import io.github.collabkit.CollabkitException;
import io.github.collabkit.json.CollabkitJsonException;
import io.github.collabkit.json.JsonProblem;
import io.github.collabkit.json.JsonRule;
import io.github.collabkit.model.IncompleteValueException;
import io.github.collabkit.model.InvalidValueException;
import io.github.collabkit.model.NullValueException;
import io.github.collabkit.model.UnknownCodeException;
import io.github.collabkit.validate.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The state of one read: the options, and in collecting mode the problems found so far.
 *
 * <p>In strict mode every problem throws a {@link CollabkitJsonException} at once. In collecting
 * mode a problem inside a value is recorded, the rest of the value is skipped, and reading goes on;
 * the value is then dropped (an entity of a dataset list) or fails its parent. A problem of the
 * JSON text itself (syntax, limits, duplicate properties) always ends the read, because the parser
 * cannot go on after it.
 */
public final class ModelReader {
  private static final System.Logger LOG = System.getLogger("io.github.collabkit.json");

  /** How many problems one read keeps by default; the rest are counted in one closing problem. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  private final boolean failOnUnknown;
  private final boolean failOnNull;
  private final boolean collecting;
  private final int maxProblems;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Consumer<JsonProblem> warnings;
  private long omittedErrors;
  private long omittedWarnings;
  private boolean stopped;

  /**
   * Creates the state of one read.
   *
   * @param failOnUnknown whether unknown properties fail (else they are warnings)
   * @param failOnNull whether null properties fail (else they are read as absent, with a warning)
   * @param collecting whether to collect problems instead of throwing the first
   * @param warnings where warnings go besides {@link #problems()}, or null to log them when not
   *     collecting
   */
  public ModelReader(boolean failOnUnknown, boolean failOnNull, boolean collecting,
      Consumer<JsonProblem> warnings) {
    this(failOnUnknown, failOnNull, collecting, warnings, DEFAULT_MAX_PROBLEMS);
  }

  /**
   * Creates the state of one read that keeps at most {@code maxProblems} problems: the first ones in
   * document order; those after them are only counted, and {@link #problems()} ends with one problem
   * saying how many more there were. Memory stays bounded whatever the document holds.
   *
   * @param failOnUnknown whether unknown properties fail (else they are warnings)
   * @param failOnNull whether null properties fail (else they are read as absent, with a warning)
   * @param collecting whether to collect problems instead of throwing the first
   * @param warnings where warnings go besides {@link #problems()}, or null to log them when not
   *     collecting
   * @param maxProblems how many problems to keep, at least 1
   * @throws IllegalArgumentException when {@code maxProblems} is less than 1
   */
  public ModelReader(boolean failOnUnknown, boolean failOnNull, boolean collecting,
      Consumer<JsonProblem> warnings, int maxProblems) {
    if (maxProblems < 1) {
      throw new IllegalArgumentException("maxProblems must be at least 1, got " + maxProblems);
    }
    this.failOnUnknown = failOnUnknown;
    this.failOnNull = failOnNull;
    this.collecting = collecting;
    this.warnings = warnings;
    this.maxProblems = maxProblems;
  }

  /**
   * Tells whether this read collects problems instead of throwing.
   *
   * @return true in collecting mode
   */
  public boolean collecting() {
    return collecting;
  }

  /**
   * Returns the problems recorded so far: errors in collecting mode and warnings in any mode, at
   * most the limit given at construction, then one problem counting those left out.
   *
   * @return the problems in document order, a new list
   */
  public List<JsonProblem> problems() {
    List<JsonProblem> all = new ArrayList<>(problems);
    long omitted = omittedErrors + omittedWarnings;
    if (omitted > 0) {
      all.add(new JsonProblem("", -1, -1, JsonRule.LIMIT,
          omittedErrors > 0 ? Severity.ERROR : Severity.WARNING,
          omitted + " more problems not listed (" + omittedErrors + " errors, " + omittedWarnings
              + " warnings): only the first " + maxProblems + " are kept"));
    }
    return all;
  }

  /**
   * Tells whether a problem that ends the read (of the JSON text itself) was recorded: the parser
   * must not be asked for more, or it reports the same broken text again in other words.
   *
   * @return true after a fatal problem
   */
  public boolean stopped() {
    return stopped;
  }

  /**
   * Records a problem, or only counts it once the limit is reached.
   *
   * @param problem the problem
   * @return whether it was kept
   */
  public boolean report(JsonProblem problem) {
    if (isFatal(problem.rule())) {
      stopped = true;
    }
    if (problems.size() < maxProblems) {
      problems.add(problem);
      return true;
    }
    if (problem.severity() == Severity.ERROR) {
      omittedErrors++;
    } else {
      omittedWarnings++;
    }
    return false;
  }

  // ---- problems at the parser's current token -------------------------------------------------

  /**
   * Returns an exception for a problem at the parser's current token.
   *
   * @param p the parser
   * @param rule the rule broken
   * @param message what was wrong
   * @return the exception to throw
   */
  public CollabkitJsonException fail(JsonParser p, JsonRule rule, String message) {
    return at(p, pointer(p), rule, message, null);
  }

  CollabkitJsonException wrongType(JsonParser p, String expected) {
    return fail(p, JsonRule.WRONG_TYPE, "expected " + expected + ", got " + describe(p.currentToken()));
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  void unknownProperty(JsonParser p, String type, String name, Collection<String> allowed) {
    String message = type + ": unknown property '" + name + "'; allowed: " + String.join(", ", allowed);
    if (failOnUnknown) {
      throw fail(p, JsonRule.UNKNOWN_PROPERTY, message);
    }
    warn(p, JsonRule.UNKNOWN_PROPERTY, message + " (skipped)");
    p.skipChildren();
  }

  /** Handles a null property value; returns normally when it is to be read as absent. */
  void nullProperty(JsonParser p, String type, String name) {
    String message = type + ": '" + name + "' is null; leave an absent value out instead";
    if (failOnNull) {
      throw fail(p, JsonRule.NULL_VALUE, message);
    }
    warn(p, JsonRule.NULL_VALUE, message + " (read as absent)");
  }

  private void warn(JsonParser p, JsonRule rule, String message) {
    TokenStreamLocation l = p.currentTokenLocation();
    JsonProblem w = new JsonProblem(pointer(p), l.getLineNr(), l.getColumnNr(), rule, Severity.WARNING, message);
    boolean kept = report(w);
    if (warnings != null) {
      warnings.accept(w);
    } else if (!collecting) {
      if (kept) {
        LOG.log(System.Logger.Level.WARNING, w.toString());
      } else if (omittedWarnings == 1) {
        LOG.log(System.Logger.Level.WARNING, "further warnings of this read are not logged: only the first "
            + maxProblems + " are");
      }
    }
  }

  // ---- turning failures into problems ---------------------------------------------------------

  /**
   * Deals with a failure while reading a property value or array element: in strict mode
   * rethrows it as a {@link CollabkitJsonException}; in collecting mode records it and skips the
   * rest of the value, so reading can go on after it.
   *
   * @param p the parser, somewhere inside the failed value
   * @param depth the nesting depth of the object or array holding the value
   * @param e the failure
   */
  void failed(JsonParser p, int depth, RuntimeException e) {
    if (!collecting || e instanceof JacksonException
        || e instanceof CollabkitJsonException && isFatal(((CollabkitJsonException) e).rule())) {
      throw translate(p, e);
    }
    if (e instanceof Skipped) {
      // already recorded
    } else if (problems.size() >= maxProblems) {
      omittedErrors++; // only counted: no need to locate and word it
    } else {
      report(translate(p, e).problem());
    }
    TokenStreamContext c = p.streamReadContext();
    while (c.getNestingDepth() > depth) {
      if (p.nextToken() == null) {
        throw fail(p, JsonRule.SYNTAX, "unexpected end of input");
      }
      c = p.streamReadContext();
    }
  }

  /**
   * Tells whether a failure is the marker of a value left out in collecting mode, whose problems
   * were already recorded.
   *
   * @param e the failure
   * @return true for the marker
   */
  public static boolean isSkipped(RuntimeException e) {
    return e instanceof Skipped;
  }

  /**
   * Tells whether a problem ends the read even in collecting mode, because the parser cannot go on.
   *
   * @param rule the rule broken
   * @return true for problems of the JSON text itself and of the stream
   */
  public static boolean isFatal(JsonRule rule) {
    return rule == JsonRule.SYNTAX || rule == JsonRule.LIMIT || rule == JsonRule.DUPLICATE_PROPERTY
        || rule == JsonRule.IO;
  }

  /**
   * Deals with a failure to build a value after its closing brace: the pointer names the object
   * and, when known, the property at fault.
   *
   * @param p the parser, on the object's closing brace
   * @param type the value's type in words
   * @param properties the value's property names
   * @param e the failure from the model
   * @return the exception to throw (in collecting mode, after recording it, {@link Skipped})
   */
  RuntimeException buildFailed(JsonParser p, String type, Collection<String> properties, CollabkitException e) {
    if (collecting && problems.size() >= maxProblems) {
      omittedErrors++; // only counted: no need to locate and word it
      return Skipped.INSTANCE;
    }
    String object = pointer(p);
    CollabkitJsonException x;
    if (e instanceof IncompleteValueException) {
      List<String> missing = ((IncompleteValueException) e).missingAttributes().stream()
          .map(ModelReader::property).collect(Collectors.toList());
      x = at(p, object, JsonRule.MISSING_PROPERTY, type + ": missing required "
          + (missing.size() == 1 ? "property '" + missing.get(0) + "'" : "properties " + missing), e);
    } else if (e instanceof InvalidValueException) {
      String field = ((InvalidValueException) e).field();
      x = at(p, properties.contains(field) ? object + "/" + field : object, JsonRule.INVALID_VALUE,
          e.getMessage(), e);
    } else {
      x = at(p, object, rule(e), e.getMessage(), e);
    }
    if (collecting) {
      report(x.problem());
      return Skipped.INSTANCE;
    }
    return x;
  }

  /**
   * Turns any failure during a read into collabkit's exception, located at the parser.
   *
   * @param p the parser
   * @param e the failure
   * @return the exception
   */
  public CollabkitJsonException translate(JsonParser p, RuntimeException e) {
    if (e instanceof CollabkitJsonException) {
      return (CollabkitJsonException) e;
    }
    if (e instanceof JacksonException) {
      return fromJackson((JacksonException) e, p);
    }
    return at(p, pointer(p), rule(e), e.getMessage(), e);
  }

  /**
   * Returns the JSON property of a model attribute: the same name, except an entity's typed
   * reference {@code ref}, which is written as its {@code key}.
   */
  private static String property(String attribute) {
    return attribute.equals("ref") ? "key" : attribute;
  }

  private static JsonRule rule(RuntimeException e) {
    if (e instanceof UnknownCodeException) {
      return JsonRule.UNKNOWN_CODE;
    }
    if (e instanceof IncompleteValueException) {
      return JsonRule.MISSING_PROPERTY;
    }
    if (e instanceof NullValueException) {
      return JsonRule.NULL_VALUE;
    }
    return JsonRule.INVALID_VALUE;
  }

  /**
   * Turns an exception of Jackson's into collabkit's, classifying its rule.
   *
   * @param e Jackson's exception
   * @param p the parser in use, or null to take the one the exception names
   * @return the exception
   */
  public static CollabkitJsonException fromJackson(JacksonException e, JsonParser p) {
    if (p == null && e.processor() instanceof JsonParser) {
      p = (JsonParser) e.processor();
    }
    String pointer = "";
    if (p != null) {
      try {
        pointer = pointer(p);
      } catch (RuntimeException ignored) {
        pointer = "";
      }
    }
    TokenStreamLocation l = e.getLocation();
    if ((l == null || l.getLineNr() < 1) && p != null) {
      // limit errors carry no location; the parser knows where it stopped
      l = p.currentLocation();
    }
    String message = e.getOriginalMessage();
    JsonRule rule;
    if (e instanceof StreamConstraintsException) {
      rule = JsonRule.LIMIT;
    } else if (e instanceof JacksonIOException) {
      rule = JsonRule.IO;
    } else if (message != null && message.startsWith("Duplicate Object property")) {
      rule = JsonRule.DUPLICATE_PROPERTY;
    } else {
      rule = JsonRule.SYNTAX;
    }
    return new CollabkitJsonException(pointer, l == null ? -1 : l.getLineNr(),
        l == null ? -1 : l.getColumnNr(), rule, message == null ? e.toString() : message, e);
  }

  private static CollabkitJsonException at(JsonParser p, String pointer, JsonRule rule, String message,
      Throwable cause) {
    TokenStreamLocation l = p.currentTokenLocation();
    return new CollabkitJsonException(pointer, l.getLineNr(), l.getColumnNr(), rule,
        message == null ? String.valueOf(cause) : message, cause);
  }

  static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }
}
