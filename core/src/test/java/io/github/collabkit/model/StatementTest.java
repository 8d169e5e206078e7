package io.github.collabkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementTest {
  private static final SourceRef SEED_003 = SourceRef.of("seed-003");

  @ParameterizedTest
  @ValueSource(strings = {"/established", "/actionLines/1", "/a~1b/~0c", "/"})
  void acceptsJsonPointers(String pointer) {
    assertEquals(pointer, Statement.of(pointer, StatementBasis.STATED, SEED_003).about());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "established", "/a~2b", "/a~", "actionLines/1"})
  void rejectsWhatIsNotAJsonPointer(String pointer) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Statement.of(pointer, StatementBasis.STATED, SEED_003));
    assertEquals("about", e.field());
    assertTrue(e.getMessage().contains("JSON Pointer"), e.getMessage());
  }

  @Test
  void rejectsAStatedStatementWithoutSource() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Statement.builder().about("/status").basis(StatementBasis.STATED).build());
    assertEquals("sources", e.field());
    assertTrue(e.getMessage().contains("needs at least one source"), e.getMessage());
  }

  @Test
  void rejectsARegistryStatementWithoutSource() {
    assertThrows(InvalidValueException.class,
        () -> Statement.builder().about("/established").basis(StatementBasis.REGISTRY).build());
  }

  @Test
  void acceptsInferredAndEditorialStatementsWithoutSource() {
    assertTrue(Statement.builder().about("/sector").basis(StatementBasis.INFERRED).build().sources().isEmpty());
    assertTrue(Statement.builder().about("/actionLines/0/keywords").basis(StatementBasis.EDITORIAL).build()
        .sources().isEmpty());
  }

  @Test
  void attributesAStatedStatementToAPerson() {
    Statement lebrin = Statement.builder().about("/actionLines/1").basis(StatementBasis.STATED).addSource(SEED_003)
        .accordingTo(PersonRef.of("franck-lebrin")).build();
    assertEquals(PersonRef.of("franck-lebrin"), lebrin.accordingTo().orElseThrow());
  }

  @Test
  void rejectsAttributingAnInferredStatementToAPerson() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Statement.builder().about("/scope").basis(StatementBasis.INFERRED)
            .accordingTo(PersonRef.of("franck-lebrin")).build());
    assertEquals("accordingTo", e.field());
  }
}
