package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every generated builder and {@code withX} copy promises: {@code null} is refused with
 * {@link NullValueException} naming the attribute, never a bare {@link NullPointerException}, and
 * {@code build()} without the required attributes fails with {@link IncompleteValueException}
 * listing them.
 */
class BuilderContractTest {
  static final OrganizationRef LUMC = ConstructionRulesTest.LUMC;
  static final OrganizationRef UL = ConstructionRulesTest.UL;
  static final LocalizedText TEXT = LocalizedText.enNl("text", "tekst");

  /** One valid instance of each model type that has a builder, with the missing attributes of an empty builder. */
  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(AccessTerm.class, AccessTerm.of(AccessAudience.ACADEMIC_PARTNERS), List.of("audience")),
        Arguments.of(ActionLine.class, ActionLine.builder().ref(ActionLineRef.of("smart-concentration")).label(TEXT).build(),
            List.of("ref", "label")),
        Arguments.of(Alignment.class, Alignment.builder().description(TEXT).build(), List.of("description")),
        Arguments.of(Ambition.class, Ambition.builder().description(TEXT).build(), List.of("description")),
        Arguments.of(Attendee.class, Attendee.of(PersonRef.of("marlies-reinders"), AttendeeRole.SIGNATORY),
            List.of("person")),
        Arguments.of(CollectionProfile.class, CollectionProfile.builder().build(), List.of()),
        Arguments.of(Concept.class, Concept.of("theme", "population-health", TEXT), List.of("scheme", "code", "label")),
        Arguments.of(Event.class, Event.builder().ref(EventRef.of("fr-nl-2025")).title(TEXT)
            .date(PartialDate.of(2025, 7, 2)).build(), List.of("ref", "title", "date")),
        Arguments.of(Funding.class, Funding.builder().funder(UL).build(), List.of("funder")),
        Arguments.of(Identifier.class, Identifier.of(IdentifierScheme.ROR, "05xvt9f17"), List.of("scheme", "value")),
        Arguments.of(Infrastructure.class, ConstructionRulesTest.ncc().build(), List.of("ref")),
        Arguments.of(InfrastructureParticipation.class, InfrastructureParticipation.of(LUMC, InfrastructureRole.OWNER),
            List.of("organization", "role")),
        Arguments.of(Instrument.class, Instrument.builder().kind(InstrumentKind.STIMULATION_FUND).build(), List.of("kind")),
        Arguments.of(Landscape.class, Landscape.builder().name("test").build(), List.of("name")),
        Arguments.of(Location.class, Location.of("NL", "Leiden"), List.of("countryCode")),
        Arguments.of(Money.class, Money.of(java.math.BigDecimal.TEN, "EUR"), List.of("amount", "currency")),
        Arguments.of(Name.class, Name.acronym("LUMC"), List.of("value")),
        Arguments.of(Organization.class, ConstructionRulesTest.lumc().build(), List.of("ref")),
        Arguments.of(OrganizationRelation.class, OrganizationRelation.of(RelationKind.RELATED, UL),
            List.of("kind", "organization")),
        Arguments.of(Participation.class, Participation.of(LUMC, PartyRole.PARTNER), List.of("organization")),
        Arguments.of(Partnership.class, ConstructionRulesTest.agreement().build(), List.of("ref", "title", "kind")),
        Arguments.of(PartnershipLink.class,
            PartnershipLink.of(PartnershipRelationKind.EXTENDS, PartnershipRef.of("lumc-ul-2018")),
            List.of("relation", "partnership")),
        Arguments.of(Period.class, Period.from(PartialDate.ofYear(2025)), List.of()),
        Arguments.of(Person.class, Person.builder().ref(PersonRef.of("kim-smit")).name("Kim Smit").build(),
            List.of("ref", "name")),
        Arguments.of(Quantity.class, Quantity.of(QuantityQualifier.MORE_THAN, 440_000, "participants"),
            List.of("value", "unit")),
        Arguments.of(Readiness.class, Readiness.of(LifeCycleStage.PLANNED), List.of()),
        Arguments.of(Role.class, Role.of(TEXT, LUMC), List.of("title", "organization")),
        Arguments.of(Signatory.class, Signatory.of(PersonRef.of("kim-smit"), LUMC), List.of("person", "organization")),
        Arguments.of(SigningEvent.class, SigningEvent.on(PartialDate.of(2021, 12)), List.of("date")),
        Arguments.of(Source.class, ConstructionRulesTest.source().build(), List.of("ref", "title")),
        Arguments.of(Statement.class, Statement.of("/established", StatementBasis.REGISTRY, SourceRef.of("ror")),
            List.of("about", "basis")),
        Arguments.of(Strategy.class, ConstructionRulesTest.strategy().build(), List.of("ref", "title")),
        Arguments.of(WorkArea.class, WorkArea.builder().title(TEXT).build(), List.of("title")));
  }

  private static boolean isContainer(Class<?> type) {
    return Iterable.class.isAssignableFrom(type) || type.isArray() || type == Optional.class
        || Map.class.isAssignableFrom(type);
  }

  private static Object builderOf(Class<?> type) throws ReflectiveOperationException {
    return type.getMethod("builder").invoke(null);
  }

  private static Throwable thrownBy(Method method, Object target, Object... args) throws IllegalAccessException {
    try {
      method.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private static String attribute(Method method) {
    String name = method.getName();
    if (name.startsWith("with")) {
      return Character.toLowerCase(name.charAt(4)) + name.substring(5);
    }
    return name;
  }

  @Test
  void coversEveryModelTypeWithABuilder() throws Exception {
    List<String> covered = types().map(a -> ((Class<?>) a.get()[0]).getSimpleName()).sorted().toList();
    List<String> withBuilder = new ArrayList<>();
    for (String name : ModelTypes.simpleNames()) {
      Class<?> type = Class.forName("io.github.collabkit.model." + name);
      if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
        try {
          type.getMethod("builder");
          withBuilder.add(name);
        } catch (NoSuchMethodException e) {
          // not a value type with a builder
        }
      }
    }
    Collections.sort(withBuilder);
    assertEquals(withBuilder, covered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void builderSettersRefuseNullWithNullValueException(Class<?> type, Object sample, List<String> required)
      throws Exception {
    Object builder = builderOf(type);
    int checked = 0;
    for (Method m : builder.getClass().getMethods()) {
      if (m.getDeclaringClass() == Object.class || m.getParameterCount() != 1 || m.getName().equals("from")) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      if (param.isPrimitive() || isContainer(param)) {
        continue;
      }
      Throwable thrown = thrownBy(m, builder, (Object) null);
      assertInstanceOf(NullValueException.class, thrown, type.getSimpleName() + ".Builder." + m.getName() + "(null)");
      String expected = m.getName().startsWith("add") ? " element" : "";
      assertTrue(thrown.getMessage().startsWith("null is not allowed: ") && thrown.getMessage().endsWith(expected),
          thrown.getMessage());
      checked++;
    }
    assertTrue(checked > 0, "no setter checked for " + type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void withCopiesRefuseNullWithNullValueException(Class<?> type, Object sample, List<String> required)
      throws Exception {
    for (Method m : type.getMethods()) {
      if (!m.getName().startsWith("with") || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      if (param.isPrimitive() || isContainer(param)) {
        continue;
      }
      Throwable thrown = thrownBy(m, sample, (Object) null);
      assertInstanceOf(NullValueException.class, thrown, type.getSimpleName() + "." + m.getName() + "(null)");
      assertEquals("null is not allowed: " + attribute(m), thrown.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void nullElementsInCollectionsAreRefusedWithNullValueException(Class<?> type, Object sample, List<String> required)
      throws Exception {
    Object builder = builderOf(type);
    for (Method m : builder.getClass().getMethods()) {
      if (m.getParameterCount() != 1) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      Object withNullElement;
      if (Iterable.class.isAssignableFrom(param)) {
        withNullElement = Collections.singletonList(null);
      } else if (param.isArray() && !param.getComponentType().isPrimitive()) {
        withNullElement = java.lang.reflect.Array.newInstance(param.getComponentType(), 1);
      } else {
        continue;
      }
      Throwable thrown = thrownBy(m, builder, withNullElement);
      assertInstanceOf(NullValueException.class, thrown, type.getSimpleName() + ".Builder." + m.getName());
    }
  }

  @Test
  void knownLimit_generatedBulkMethodsDereferenceANullCollection() {
    // Documented in NullValueException: Immutables iterates the argument before any check can run.
    // If this starts failing, the limit is gone: update NullValueException's javadoc.
    assertThrows(NullPointerException.class, () -> Partnership.builder().addAllParties(null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void buildWithoutRequiredAttributesListsThem(Class<?> type, Object sample, List<String> required)
      throws Exception {
    Object builder = builderOf(type);
    Method build = builder.getClass().getMethod("build");
    if (type == Readiness.class) {
      // nothing alone is required, but one of trl and stage is: an invariant, not a missing attribute
      InvalidValueException e = assertInstanceOf(InvalidValueException.class, thrownBy(build, builder));
      assertEquals("trl", e.field());
      return;
    }
    if (required.isEmpty()) {
      assertNotNull(build.invoke(builder));
      return;
    }
    Throwable thrown = thrownBy(build, builder);
    IncompleteValueException e = assertInstanceOf(IncompleteValueException.class, thrown);
    String typeName = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    assertAll(
        () -> assertEquals(required, e.missingAttributes()),
        () -> assertEquals(typeName, e.type()),
        () -> assertEquals(typeName + ": required attributes not set: " + required, e.getMessage()));
  }

  @Test
  void incompleteValueNamesOnlyTheAttributesStillMissing() {
    IncompleteValueException e = assertThrows(IncompleteValueException.class,
        () -> Partnership.builder().ref(PartnershipRef.of("lumc-ul-2021")).build());
    assertEquals(List.of("title", "kind"), e.missingAttributes());
    assertEquals("partnership: required attributes not set: [title, kind]", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void copiesAreEqualAndBuildersStartFromAnInstance(Class<?> type, Object sample, List<String> required)
      throws Exception {
    Object builder = builderOf(type);
    Method from = Arrays.stream(builder.getClass().getMethods())
        .filter(m -> m.getName().equals("from") && m.getParameterTypes()[0] == type)
        .findFirst().orElse(null);
    if (from == null) {
      fail("no from(" + type.getSimpleName() + ") on its builder");
    }
    from.invoke(builder, sample);
    Object copy = builder.getClass().getMethod("build").invoke(builder);
    assertEquals(sample, copy);
    assertEquals(sample.hashCode(), copy.hashCode());
    assertEquals(sample.toString(), copy.toString());
  }
}
