package io.github.collabkit.model;

import io.github.collabkit.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an organization is: its country and, when known, city and region.
 */
@Value.Immutable
@CollabkitStyle
public abstract class Location implements WithLocation {

  /** Subclassed only by the implementation Immutables generates in this package. */
  Location() {}

  /**
   * Returns the ISO 3166-1 alpha-2 country code, such as {@code NL} or {@code FR}. Required,
   * two upper-case letters.
   *
   * @return the country code
   */
  public abstract String countryCode();

  /**
   * Returns the city, such as {@code Leiden}, in its local name.
   *
   * @return the city, if known
   */
  public abstract Optional<String> city();

  /**
   * Returns the region or province, such as {@code Zuid-Holland}.
   *
   * @return the region, if known
   */
  public abstract Optional<String> region();

  /**
   * Returns the latitude in decimal degrees (WGS 84), such as {@code 52.15833} for Leiden, as
   * GeoNames gives it; from -90 to 90, given together with {@link #longitude()}.
   *
   * @return the latitude, if known
   */
  public abstract Optional<Double> latitude();

  /**
   * Returns the longitude in decimal degrees (WGS 84), such as {@code 4.49306} for Leiden; from
   * -180 to 180, given together with {@link #latitude()}.
   *
   * @return the longitude, if known
   */
  public abstract Optional<Double> longitude();

  /**
   * Returns a location in a city.
   *
   * @param countryCode an ISO 3166-1 alpha-2 code such as {@code NL}
   * @param city the city
   * @return the location
   */
  public static Location of(String countryCode, String city) {
    return builder().countryCode(countryCode).city(city).build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; {@code build()} checks the invariants. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    String code = countryCode();
    if (code.length() != 2 || !isUpperAscii(code.charAt(0)) || !isUpperAscii(code.charAt(1))) {
      throw new InvalidValueException("location", null, "countryCode",
          "must be an ISO 3166-1 alpha-2 code of two upper-case letters, got '" + countryCode() + "'");
    }
    city().ifPresent(c -> Checks.notBlank("location", countryCode(), "city", c));
    region().ifPresent(r -> Checks.notBlank("location", countryCode(), "region", r));
    if (latitude().isPresent() != longitude().isPresent()) {
      throw new InvalidValueException("location", countryCode(), latitude().isPresent() ? "longitude" : "latitude",
          "latitude and longitude are given together or not at all");
    }
    latitude().filter(v -> !(v >= -90 && v <= 90)).ifPresent(v -> {
      throw new InvalidValueException("location", countryCode(), "latitude", "must be from -90 to 90, got " + v);
    });
    longitude().filter(v -> !(v >= -180 && v <= 180)).ifPresent(v -> {
      throw new InvalidValueException("location", countryCode(), "longitude", "must be from -180 to 180, got " + v);
    });
  }

  /** Whether a character is one of {@code [A-Z]}; a scan, not a regex, as every location read is checked. */
  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
