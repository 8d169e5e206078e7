package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.collabkit.match.Importance;
import io.github.collabkit.match.MatchReason;
import io.github.collabkit.match.Usability;
import io.github.collabkit.validate.Severity;
import io.github.collabkit.validate.ValidationRule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every controlled vocabulary: unique lower-case codes, Dutch and English labels, definitions, fromCode. */
class VocabularyTest {
  /** Model vocabulary codes go into JSON values: lower-case kebab case. */
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Validation rule codes group kebab-case words with dots, such as {@code cycle.part-of}. */
  private static final Pattern DOTTED_KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return Stream.<Class<? extends Enum<?>>>of(AccessAudience.class, AccessMode.class, AccessType.class, AmbitionStatus.class, AttendeeRole.class, DataCategory.class, DateQualifier.class, LifeCycleStage.class, MaterialType.class, UseCondition.class, ParticipationStatus.class, GeographicScope.class, IdentifierScheme.class,
        InfrastructureKind.class, InfrastructureRole.class, InfrastructureStatus.class, InstrumentKind.class,
        NameKind.class, OrganizationStatus.class, OrganizationType.class,
        PartnershipKind.class, PartnershipRelationKind.class, PartnershipStatus.class, PartyRole.class,
        QuantityQualifier.class, RelationKind.class, Sector.class, SigningMode.class, SourceType.class,
        StatementBasis.class, Severity.class, ValidationRule.class,
        Usability.class, Importance.class, MatchReason.Facet.class)
        .filter(Vocabulary.class::isAssignableFrom);
  }

  @Test
  void listsEveryVocabularyOfTheModel() {
    List<String> listed = vocabularies().filter(c -> c.getPackageName().endsWith(".model"))
        .map(Class::getSimpleName).sorted().toList();
    List<String> found = new ArrayList<>();
    for (String name : ModelTypes.simpleNames()) {
      try {
        Class<?> type = Class.forName("io.github.collabkit.model." + name);
        if (type.isEnum() && Vocabulary.class.isAssignableFrom(type)) {
          found.add(name);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    assertEquals(found, listed);
  }

  private static Vocabulary[] constants(Class<? extends Enum<?>> type) {
    return Arrays.copyOf(type.getEnumConstants(), type.getEnumConstants().length, Vocabulary[].class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void codesAreUniqueAndLowerCaseKebab(Class<? extends Enum<?>> type) {
    Pattern form = type == ValidationRule.class ? DOTTED_KEBAB : KEBAB;
    Set<String> seen = new HashSet<>();
    for (Vocabulary v : constants(type)) {
      assertTrue(form.matcher(v.code()).matches(), type.getSimpleName() + "." + v + ": code '" + v.code() + "'");
      assertTrue(seen.add(v.code()), type.getSimpleName() + ": code '" + v.code() + "' is used twice");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void everyConstantHasEnglishAndDutchLabelsAndADefinition(Class<? extends Enum<?>> type) {
    for (Vocabulary v : constants(type)) {
      String at = type.getSimpleName() + "." + v;
      assertAll(at,
          () -> assertFalse(v.label("en").isBlank()),
          () -> assertFalse(v.label("nl").isBlank()),
          () -> assertEquals(v.term().labelEn(), v.label("en")),
          () -> assertEquals(v.term().labelNl(), v.label("nl")),
          () -> assertEquals(v.term().labelNl(), v.label("nl-BE"), "any Dutch tag gives Dutch"),
          () -> assertEquals(v.term().labelEn(), v.label("fr"), "other languages get English"),
          () -> assertEquals(v.term().labelEn(), v.label(null)),
          () -> assertFalse(v.definition().isBlank()),
          () -> assertTrue(v.definition().endsWith("."), "a definition is a sentence: " + v.definition()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void fromCodeFindsEveryConstantAndListsAllowedCodesOtherwise(Class<? extends Enum<?>> type) throws Exception {
    Method fromCode = type.getMethod("fromCode", String.class);
    List<String> codes = new ArrayList<>();
    for (Vocabulary v : constants(type)) {
      assertSame(v, fromCode.invoke(null, v.code()));
      codes.add(v.code());
    }
    for (String bad : new String[] {"no-such-code", "", null, constants(type)[0].code().toUpperCase(java.util.Locale.ROOT),
        ((Enum<?>) constants(type)[0]).name()}) {
      if (bad != null && codes.contains(bad)) {
        continue;
      }
      InvocationTargetException wrapped = assertThrows(InvocationTargetException.class, () -> fromCode.invoke(null, bad));
      UnknownCodeException e = (UnknownCodeException) wrapped.getCause();
      assertAll(
          () -> assertEquals(type.getSimpleName(), e.vocabulary()),
          () -> assertEquals(bad, e.code()),
          () -> assertEquals(codes, e.allowed()),
          () -> assertEquals(codes, Vocabulary.class.getMethod("codes", Class.class).invoke(null, type)),
          () -> assertEquals(type.getSimpleName() + ": unknown code " + (bad == null ? "null" : "'" + bad + "'")
              + "; allowed: " + String.join(", ", codes), e.getMessage()));
    }
  }

  @Test
  void fromCodeMessageNamesVocabularyCodeAndAllowedCodes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> PartnershipKind.fromCode("jointlab"));
    assertEquals("PartnershipKind: unknown code 'jointlab'; allowed: collaboration-agreement, "
        + "memorandum-of-understanding, strategic-partnership, joint-lab, consortium, academic-workplace, "
        + "care-collaboration, research-program, framework-agreement", e.getMessage());
    assertSame(PartnershipKind.JOINT_LAB, Vocabulary.fromCode(PartnershipKind.class, "joint-lab"));
  }

  @Test
  void organizationTypesCoverTheIssueList() {
    for (String code : List.of("umc", "university", "university-of-applied-sciences", "vocational-school", "hospital",
        "care-organization", "general-practice", "public-health-service", "company", "research-institute",
        "contract-research-organization", "government-body", "consortium", "foundation", "funder", "department")) {
      assertEquals(code, OrganizationType.fromCode(code).code());
    }
  }
}
