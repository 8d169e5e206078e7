package io.github.collabkit.json.internal;

import io.github.collabkit.json.CollabkitFeature;
import io.github.collabkit.json.CollabkitModule;
import java.util.Set;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one {@link JsonMapper} a {@code CollabkitJson} uses: strict parsing (duplicate
 * properties, {@code NaN} and trailing tokens rejected), the given read limits on this mapper only,
 * {@link CollabkitModule} with the chosen features, and two-space indentation.
 */
public final class JsonMappers {

  private JsonMappers() {}

  /**
   * Builds a mapper.
   *
   * @param features the enabled features; the others are disabled on the module
   * @param constraints the read limits
   * @param prettyPrint whether values are written indented by default
   * @return the configured mapper
   */
  public static JsonMapper create(Set<CollabkitFeature> features, StreamReadConstraints constraints,
      boolean prettyPrint) {
    CollabkitModule module = new CollabkitModule();
    for (CollabkitFeature f : CollabkitFeature.values()) {
      module = features.contains(f) ? module.with(f) : module.without(f);
    }
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        // names are interned once, when first seen, so the codecs find properties by identity
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .defaultPrettyPrinter(pretty)
        .configure(SerializationFeature.INDENT_OUTPUT, prettyPrint)
        .build();
  }
}
