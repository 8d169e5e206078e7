package io.github.collabkit.model;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * An amount of money in a currency, such as EUR 750,000 granted to a partnership or held by a
 * stimulation fund, with how exact the source states it ("about", "more than").
 *
 * <p>The amount is an exact decimal ({@link BigDecimal}, never a floating-point number) kept with the
 * decimals it was given, so {@code 750000.00} keeps its two decimals and is not equal to {@code
 * 750000}; an amount given with a negative scale, such as {@code 1E+6}, is kept as the whole number
 * {@code 1000000}. The currency is an ISO 4217 code the JDK knows, such as {@code EUR}. collabkit
 * never adds up amounts: funding in different currencies, or stated with different qualifiers, stays
 * a list of separate amounts.
 *
 * <pre>{@code
 * Money fund = Money.of(new BigDecimal("750000"), "EUR");
 * }</pre>
 */
@Value.Immutable
@CollabkitStyle
public abstract class Money implements WithMoney {
  /** The most digits before the decimal point an amount may have: {@value}. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The most digits after the decimal point an amount may have: {@value}. */
  public static final int MAX_DECIMALS = 6;

  /** Subclassed only by the implementation Immutables generates in this package. */
  Money() {}

  /**
   * Returns the amount as stated, with the decimals it was given. Required; not negative, at most
   * {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_DECIMALS} after the decimal point;
   * never with a negative scale.
   *
   * @return the amount
   */
  public abstract BigDecimal amount();

  /**
   * Returns the currency as an ISO 4217 alphabetic code, such as {@code EUR}. Required; three
   * upper-case letters that {@link Currency#getInstance(String)} knows.
   *
   * @return the currency code
   */
  public abstract String currency();

  /**
   * Returns how the stated amount relates to the true one. Binds {@link QuantityQualifier};
   * defaults to {@link QuantityQualifier#EXACT}.
   *
   * @return the qualifier
   */
  @Value.Default
  public QuantityQualifier qualifier() {
    return QuantityQualifier.EXACT;
  }

  /**
   * Returns an exact amount.
   *
   * @param amount the amount, such as {@code new BigDecimal("750000")}
   * @param currency the ISO 4217 code, such as {@code EUR}
   * @return the money
   * @throws InvalidValueException when the amount is negative or has too many digits, or the
   *     currency is not an ISO 4217 code
   * @throws NullValueException when the amount or the currency is null
   */
  public static Money of(BigDecimal amount, String currency) {
    return builder().amount(amount).currency(currency).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Money}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableMoney.Builder {
    Builder() {}
  }

  /**
   * Returns the amount for people and the CSV export: the currency and the amount without exponent,
   * preceded by the qualifier's code unless it is exact, such as {@code EUR 750000.00} or {@code
   * about USD 1000000}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String text = currency() + " " + amount().toPlainString();
    return qualifier() == QuantityQualifier.EXACT ? text : qualifier().code() + " " + text;
  }

  /**
   * Checks the amount and the currency, then keeps a whole amount given with a negative scale
   * ({@code 1E+6}) as the plain number it is; the digits are counted before the scale is changed, so
   * {@code 1E+999999999} is rejected without being written out.
   */
  @Value.Check
  Money check() {
    checkAmount();
    checkCurrency();
    if (amount().scale() < 0) {
      return ImmutableMoney.copyOf(this).withAmount(amount().setScale(0));
    }
    return this;
  }

  private void checkAmount() {
    BigDecimal amount = amount();
    if (amount.signum() < 0) {
      throw new InvalidValueException("money", null, "amount", "must not be negative, got " + amount);
    }
    long decimals = Math.max(amount.scale(), 0);
    long integerDigits = Math.max((long) amount.precision() - amount.scale(), 0);
    if (integerDigits > MAX_INTEGER_DIGITS || decimals > MAX_DECIMALS) {
      throw new InvalidValueException("money", null, "amount", "must have at most " + MAX_INTEGER_DIGITS
          + " digits before and " + MAX_DECIMALS + " after the decimal point, got " + integerDigits + " and " + decimals);
    }
  }

  private void checkCurrency() {
    String code = currency();
    if (!isCurrency(code)) {
      throw new InvalidValueException("money", null, "currency",
          "must be an ISO 4217 currency code of three upper-case letters such as EUR, got '" + code + "'");
    }
  }

  private static boolean isCurrency(String code) {
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
