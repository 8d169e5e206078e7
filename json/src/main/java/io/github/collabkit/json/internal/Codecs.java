package io.github.collabkit.json.internal;

import io.github.collabkit.json.JsonRule;
import io.github.collabkit.model.ActionLineRef;
import io.github.collabkit.model.EntityRef;
import io.github.collabkit.model.EventRef;
import io.github.collabkit.model.InfrastructureRef;
import io.github.collabkit.model.LocalizedText;
import io.github.collabkit.model.OrganizationRef;
import io.github.collabkit.model.PartialDate;
import io.github.collabkit.model.PartnershipRef;
import io.github.collabkit.model.PersonRef;
import io.github.collabkit.model.SourceRef;
import io.github.collabkit.model.StrategyRef;
import io.github.collabkit.model.Vocabulary;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The codecs of scalar values: strings, numbers, partial dates, references, codes and texts. */
public final class Codecs {
  private Codecs() {}

  /** A string of any content. */
  public static final Codec<String> STRING = new StringCodec<>(String.class, "a string", Function.identity(), Function.identity());

  /** A lower-case code such as a theme; the model checks its form. */
  public static final Codec<String> CODE = new StringCodec<>(String.class, "a code", Function.identity(), Function.identity());

  /** A BCP 47 language tag; the model checks its form. */
  public static final Codec<String> LANGUAGE = new StringCodec<>(String.class, "a language tag", Function.identity(), Function.identity());

  /** An ISO 3166-1 alpha-2 country code; the model checks its form. */
  public static final Codec<String> COUNTRY = new StringCodec<>(String.class, "a country code", Function.identity(), Function.identity());

  /** An ISO 4217 currency code such as EUR; the model checks that it is one. */
  public static final Codec<String> CURRENCY = new StringCodec<>(String.class, "a currency code", Function.identity(), Function.identity());

  /** An absolute http or https URL; the model checks its form. */
  public static final Codec<String> URL = new StringCodec<>(String.class, "a URL", Function.identity(), Function.identity());

  /** An SPDX licence identifier or the address of a licence; the model checks its form. */
  public static final Codec<String> LICENSE = new StringCodec<>(String.class, "a licence", Function.identity(), Function.identity());

  /** A partial date in ISO form at its precision. */
  public static final Codec<PartialDate> PARTIAL_DATE =
      new StringCodec<>(PartialDate.class, "a date as YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse, PartialDate::toString) {
        @Override
        public void write(JsonGenerator g, PartialDate value) {
          // the characters of PartialDate.toString, written without making a String of them
          char[] c = new char[10];
          int year = value.year();
          c[0] = (char) ('0' + year / 1000);
          c[1] = (char) ('0' + year / 100 % 10);
          c[2] = (char) ('0' + year / 10 % 10);
          c[3] = (char) ('0' + year % 10);
          int length = 4;
          if (value.precision() != PartialDate.Precision.YEAR) {
            length = twoDigits(c, 4, value.month().getAsInt());
          }
          if (value.precision() == PartialDate.Precision.DAY) {
            length = twoDigits(c, 7, value.day().getAsInt());
          }
          g.writeString(c, 0, length);
        }
      };

  private static int twoDigits(char[] c, int at, int value) {
    c[at] = '-';
    c[at + 1] = (char) ('0' + value / 10);
    c[at + 2] = (char) ('0' + value % 10);
    return at + 3;
  }

  /** A reference to an organization, written as its key. */
  public static final Codec<OrganizationRef> ORGANIZATION_REF = ref(OrganizationRef.class, OrganizationRef::of);
  /** A reference to a person, written as its key. */
  public static final Codec<PersonRef> PERSON_REF = ref(PersonRef.class, PersonRef::of);
  /** A reference to a partnership, written as its key. */
  public static final Codec<PartnershipRef> PARTNERSHIP_REF = ref(PartnershipRef.class, PartnershipRef::of);
  /** A reference to an infrastructure, written as its key. */
  public static final Codec<InfrastructureRef> INFRASTRUCTURE_REF = ref(InfrastructureRef.class, InfrastructureRef::of);
  /** A reference to a strategy, written as its key. */
  public static final Codec<StrategyRef> STRATEGY_REF = ref(StrategyRef.class, StrategyRef::of);
  /** A reference to an action line, written as its key. */
  public static final Codec<ActionLineRef> ACTION_LINE_REF = ref(ActionLineRef.class, ActionLineRef::of);
  /** A reference to a source, written as its key. */
  public static final Codec<SourceRef> SOURCE_REF = ref(SourceRef.class, SourceRef::of);
  /** A reference to an event, written as its key. */
  public static final Codec<EventRef> EVENT_REF = ref(EventRef.class, EventRef::of);

  /** A JSON boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(ModelReader r, JsonParser p) {
      if (p.hasToken(JsonToken.VALUE_TRUE)) {
        return Boolean.TRUE;
      }
      if (p.hasToken(JsonToken.VALUE_FALSE)) {
        return Boolean.FALSE;
      }
      throw r.wrongType(p, "true or false");
    }

    @Override
    public void write(JsonGenerator g, Boolean value) {
      g.writeBoolean(value);
    }

    @Override
    public Class<Boolean> type() {
      return Boolean.class;
    }
  };

  /** A finite number of zero or more, written as an integer when it is one. */
  public static final Codec<Double> NUMBER = new Codec<>() {
    @Override
    public Double read(ModelReader r, JsonParser p) {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        throw r.wrongType(p, "a number");
      }
      double value = p.getDoubleValue();
      String text = p.getString();
      if (Double.isFinite(value) && new java.math.BigDecimal(text).compareTo(new java.math.BigDecimal(Double.toString(value))) != 0) {
        throw r.fail(p, JsonRule.INVALID_VALUE, "the number " + text + " has more digits than a quantity keeps"
            + " (a double, about 15 significant digits): it would be read as " + Double.toString(value));
      }
      return value;
    }

    @Override
    public void write(JsonGenerator g, Double value) {
      double v = value;
      if (v == Math.rint(v) && Math.abs(v) < 1e15 && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) {
        g.writeNumber((long) v);
      } else {
        g.writeNumber(v);
      }
    }

    @Override
    public Class<Double> type() {
      return Double.class;
    }
  };

  /** A whole number that fits an {@code int}, such as a readiness level or an age; the model checks its range. */
  public static final Codec<Integer> INTEGER = new Codec<>() {
    @Override
    public Integer read(ModelReader r, JsonParser p) {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        throw r.wrongType(p, "a whole number");
      }
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw r.fail(p, JsonRule.INVALID_VALUE, "the number " + p.getString() + " is too large; expected a whole number from "
            + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      }
      return p.getIntValue();
    }

    @Override
    public void write(JsonGenerator g, Integer value) {
      g.writeNumber(value.intValue());
    }

    @Override
    public Class<Integer> type() {
      return Integer.class;
    }
  };

  /** The longest decimal string {@link #DECIMAL} parses; the model's own digit rule is far shorter. */
  static final int MAX_DECIMAL_LENGTH = 64;

  /**
   * An exact decimal amount, written as a JSON string in plain form such as {@code "750000.00"}, so
   * that no reader in any language takes it for a floating-point number; read back with the
   * decimals it was written with. Reading accepts digits with an optional fraction, no leading
   * zeros, no exponent (a '-' sign passes, for the model to reject with its own rule).
   */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(ModelReader r, JsonParser p) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
          throw r.fail(p, JsonRule.NULL_VALUE, "expected a decimal amount as a string such as \"750000.00\", got null");
        }
        throw r.wrongType(p, "a decimal amount as a string such as \"750000.00\"");
      }
      String text = p.getString();
      if (text.length() > MAX_DECIMAL_LENGTH || !isPlainDecimal(text)) {
        String shown = text.length() > MAX_DECIMAL_LENGTH ? text.substring(0, MAX_DECIMAL_LENGTH) + "..." : text;
        throw r.fail(p, JsonRule.INVALID_VALUE, "expected a decimal amount such as \"750000.00\" (digits, no leading"
            + " zero, an optional '.' and decimals, no exponent, at most " + MAX_DECIMAL_LENGTH + " characters), got \""
            + checked(r, p, shown) + "\"");
      }
      return new BigDecimal(text);
    }

    @Override
    public void write(JsonGenerator g, BigDecimal value) {
      g.writeString(value.toPlainString());
    }

    @Override
    public Class<BigDecimal> type() {
      return BigDecimal.class;
    }
  };

  /** Tells whether a text is {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, scanned by hand. */
  static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = text.startsWith("-") ? 1 : 0;
    int digits = i;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || text.charAt(digits) == '0' && i - digits > 1) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.' || i == n - 1) {
      return false;
    }
    for (i++; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A text by language tag, written as an object in sorted tag order. */
  public static final Codec<LocalizedText> LOCALIZED_TEXT = new Codec<>() {
    @Override
    public LocalizedText read(ModelReader r, JsonParser p) {
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        throw r.wrongType(p, "an object of language tags to texts");
      }
      LocalizedText.Builder b = LocalizedText.builder();
      for (String language = p.nextName(); language != null; language = p.nextName()) {
        checked(r, p, language);
        p.nextToken();
        b.put(language, STRING.read(r, p));
      }
      LocalizedText text = b.build();
      if (text.isEmpty()) {
        throw r.fail(p, JsonRule.INVALID_VALUE, "a text needs at least one language; leave an empty text out");
      }
      return text;
    }

    @Override
    public void write(JsonGenerator g, LocalizedText value) {
      g.writeStartObject(value);
      for (Map.Entry<String, String> e : value.asMap().entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }

    @Override
    public Class<LocalizedText> type() {
      return LocalizedText.class;
    }
  };

  private static final Map<Class<?>, Codec<?>> VOCABULARIES = new ConcurrentHashMap<>();

  /**
   * Returns the codec of a vocabulary, which reads and writes its lower-case codes.
   *
   * @param <E> the vocabulary
   * @param type the vocabulary's enum class
   * @return the codec
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Vocabulary> Codec<E> vocabulary(Class<E> type) {
    return (Codec<E>) VOCABULARIES.computeIfAbsent(type, t -> new StringCodec<>(type,
        "a code of " + type.getSimpleName(), code -> Vocabulary.fromCode(type, code), Vocabulary::code));
  }

  private static <R extends EntityRef> Codec<R> ref(Class<R> type, Function<String, R> of) {
    return new StringCodec<>(type, "a key", of, EntityRef::key);
  }

  /**
   * Returns a string read from the document, or fails when it holds a lone surrogate (written as an
   * escape such as {@code "\ud800"}): such a string is not Unicode text and no UTF-8 writer, CSV
   * file or database could store it.
   */
  static String checked(ModelReader r, JsonParser p, String text) {
    int at = StrictUtf8.loneSurrogate(text);
    if (at >= 0) {
      throw r.fail(p, JsonRule.INVALID_VALUE, String.format("a string holds the lone surrogate \\u%04x at index %d;"
          + " text must be valid Unicode (a surrogate escape needs its pair)", (int) text.charAt(at), at));
    }
    return text;
  }

  /** A value written as a JSON string. */
  static class StringCodec<V> implements Codec<V> {
    private final Class<V> type;
    private final String expected;
    private final Function<String, V> parse;
    private final Function<V, String> format;

    StringCodec(Class<V> type, String expected, Function<String, V> parse, Function<V, String> format) {
      this.type = type;
      this.expected = expected;
      this.parse = parse;
      this.format = format;
    }

    @Override
    public V read(ModelReader r, JsonParser p) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
          throw r.fail(p, JsonRule.NULL_VALUE, "expected " + expected + ", got null");
        }
        throw r.wrongType(p, expected);
      }
      return parse.apply(checked(r, p, p.getString()));
    }

    @Override
    public void write(JsonGenerator g, V value) {
      g.writeString(format.apply(value));
    }

    @Override
    public Class<V> type() {
      return type;
    }
  }
}
