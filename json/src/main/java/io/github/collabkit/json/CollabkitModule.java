package io.github.collabkit.json;

import io.github.collabkit.json.internal.Codec;
import io.github.collabkit.json.internal.CodecDeserializer;
import io.github.collabkit.json.internal.CodecSerializer;
import io.github.collabkit.json.internal.Codecs;
import io.github.collabkit.json.internal.Documents;
import io.github.collabkit.json.internal.ModelCodecs;
import io.github.collabkit.json.internal.ObjectCodec;
import io.github.collabkit.model.AccessAudience;
import io.github.collabkit.model.AccessMode;
import io.github.collabkit.model.AccessType;
import io.github.collabkit.model.AmbitionStatus;
import io.github.collabkit.model.DateQualifier;
import io.github.collabkit.model.GeographicScope;
import io.github.collabkit.model.IdentifierScheme;
import io.github.collabkit.model.InfrastructureKind;
import io.github.collabkit.model.InfrastructureRole;
import io.github.collabkit.model.InfrastructureStatus;
import io.github.collabkit.model.InstrumentKind;
import io.github.collabkit.model.Landscape;
import io.github.collabkit.model.NameKind;
import io.github.collabkit.model.OrganizationStatus;
import io.github.collabkit.model.OrganizationType;
import io.github.collabkit.model.ParticipationStatus;
import io.github.collabkit.model.PartnershipKind;
import io.github.collabkit.model.PartnershipRelationKind;
import io.github.collabkit.model.PartnershipStatus;
import io.github.collabkit.model.PartyRole;
import io.github.collabkit.model.QuantityQualifier;
import io.github.collabkit.model.RelationKind;
import io.github.collabkit.model.Sector;
import io.github.collabkit.model.SigningMode;
import io.github.collabkit.model.SourceType;
import io.github.collabkit.model.StatementBasis;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module that reads and writes the collabkit model in collabkit's JSON format.
 *
 * <p>Register it on a mapper of your own to read and write {@code Landscape}, every entity and
 * value type, references, partial dates, localized texts and vocabulary codes exactly as {@link
 * CollabkitJson} does:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CollabkitModule()).build();
 * Organization lumc = mapper.readValue(json, Organization.class);
 * }</pre>
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()} through {@code
 * META-INF/services} and the module descriptor. It is immutable; {@link #with} and {@link #without}
 * return a copy with other {@linkplain CollabkitFeature features}. Read limits (nesting depth,
 * string length) belong to the mapper's stream factory, not to a module: {@link CollabkitJson}
 * sets tight ones, a mapper of your own keeps Jackson's. Failures of collabkit's rules are thrown
 * as {@link CollabkitJsonException}; Jackson may wrap them when the model type sits inside a type
 * of yours.
 */
public final class CollabkitModule extends JacksonModule {

  /** The version of this module, the version of the collabkit-json artifact. */
  public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "io.github.collabkit", "collabkit-json");

  /** The vocabularies the model binds, each read and written as its codes. */
  static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(AccessAudience.class, AccessMode.class, AccessType.class, AmbitionStatus.class,
      DateQualifier.class, GeographicScope.class, IdentifierScheme.class, InfrastructureKind.class,
      InfrastructureRole.class, InfrastructureStatus.class, InstrumentKind.class, NameKind.class,
      OrganizationStatus.class, OrganizationType.class, PartnershipKind.class,
      ParticipationStatus.class, PartnershipRelationKind.class, PartnershipStatus.class, PartyRole.class,
      QuantityQualifier.class, RelationKind.class, Sector.class, SigningMode.class, SourceType.class,
      StatementBasis.class);

  private final Set<CollabkitFeature> features;

  /** Creates the module with every feature at its default. */
  public CollabkitModule() {
    this(defaults());
  }

  private CollabkitModule(Set<CollabkitFeature> features) {
    this.features = features;
  }

  private static Set<CollabkitFeature> defaults() {
    Set<CollabkitFeature> s = EnumSet.noneOf(CollabkitFeature.class);
    for (CollabkitFeature f : CollabkitFeature.values()) {
      if (f.enabledByDefault()) {
        s.add(f);
      }
    }
    return s;
  }

  /**
   * Returns a copy of this module with features enabled.
   *
   * @param enable the features to enable
   * @return the new module
   */
  public CollabkitModule with(CollabkitFeature... enable) {
    Set<CollabkitFeature> s = EnumSet.noneOf(CollabkitFeature.class);
    s.addAll(features);
    s.addAll(List.of(enable));
    return new CollabkitModule(s);
  }

  /**
   * Returns a copy of this module with features disabled.
   *
   * @param disable the features to disable
   * @return the new module
   */
  public CollabkitModule without(CollabkitFeature... disable) {
    Set<CollabkitFeature> s = EnumSet.noneOf(CollabkitFeature.class);
    s.addAll(features);
    List.of(disable).forEach(s::remove);
    return new CollabkitModule(s);
  }

  /**
   * Tells whether a feature is enabled.
   *
   * @param feature the feature
   * @return true when enabled
   */
  public boolean isEnabled(CollabkitFeature feature) {
    return features.contains(feature);
  }

  @Override
  public String getModuleName() {
    return "collabkit";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    boolean unknown = isEnabled(CollabkitFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    boolean nulls = isEnabled(CollabkitFeature.FAIL_ON_NULL_PROPERTIES);
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ObjectCodec<?, ?> codec : ModelCodecs.ALL) {
      if (codec.type() != Landscape.class) {
        register(serializers, deserializers, codec, unknown, nulls);
      }
    }
    serializers.addSerializer(Landscape.class, new CodecSerializer<>(Landscape.class, Documents::writeLandscape));
    deserializers.addDeserializer(Landscape.class,
        new CodecDeserializer<>(Landscape.class, Documents::readLandscape, unknown, nulls));
    for (Codec<?> codec : List.of(Codecs.PARTIAL_DATE, Codecs.LOCALIZED_TEXT, Codecs.ORGANIZATION_REF,
        Codecs.PERSON_REF, Codecs.PARTNERSHIP_REF, Codecs.INFRASTRUCTURE_REF, Codecs.STRATEGY_REF,
        Codecs.ACTION_LINE_REF, Codecs.SOURCE_REF)) {
      register(serializers, deserializers, codec, unknown, nulls);
    }
    for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
      register(serializers, deserializers, vocabularyCodec(vocabulary), unknown, nulls);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> vocabularyCodec(Class<? extends Enum<?>> type) {
    return Codecs.vocabulary((Class) type);
  }

  private static <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Codec<T> codec, boolean unknown, boolean nulls) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec.type(), codec::write));
    deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec.type(), codec::read, unknown, nulls));
  }
}
