package io.github.collabkit.json;

/**
 * Options of collabkit's JSON reading, set on {@link CollabkitModule} or {@link
 * CollabkitJson.Builder}; each constant says its default.
 */
public enum CollabkitFeature {
  /**
   * Whether a property a type does not define fails the read ({@link JsonRule#UNKNOWN_PROPERTY}).
   * Enabled by default. When disabled (lenient mode), the property is skipped and kept as a
   * warning: {@link CollabkitJson#readLandscapeCollecting} returns it in {@link
   * LandscapeReadResult#problems()}; a mapper of your own logs it to the {@code
   * io.github.collabkit.json} {@link System.Logger}.
   */
  FAIL_ON_UNKNOWN_PROPERTIES(true),

  /**
   * Whether a property whose value is {@code null} fails the read ({@link JsonRule#NULL_VALUE}).
   * Enabled by default, because collabkit leaves absent values out. When disabled, {@code null}
   * is read as absent and kept as a warning, like an unknown property; a required property that is
   * {@code null} still fails as missing. {@code null} inside an array always fails.
   */
  FAIL_ON_NULL_PROPERTIES(true);

  private final boolean enabledByDefault;

  CollabkitFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Tells whether this feature is enabled unless configured otherwise.
   *
   * @return the default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
