package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CqlFieldsTest {

  private static final CqlField NAME = CqlField.text("name", "jsonb->>'name'");
  private static final CqlField ID = CqlField.uuid("id", "id");

  @Test
  void factoriesSetTheType() {
    assertEquals(CqlType.TEXT, NAME.type());
    assertEquals(CqlType.UUID, ID.type());
    assertEquals(CqlType.NUMBER, CqlField.number("n", "n").type());
    assertEquals(CqlType.DATE_TIME, CqlField.dateTime("d", "d").type());
    assertEquals(CqlType.BOOLEAN, CqlField.bool("b", "b").type());
  }

  @Test
  void namesKeepDeclarationOrder() {
    assertEquals(List.of("name", "id"), CqlFields.of(NAME, ID).names());
  }

  @Test
  void withDefaultReturnsACopyAndLeavesTheOriginalWithoutDefault() {
    CqlFields fields = CqlFields.of(NAME, ID);
    assertEquals(Optional.of(NAME), fields.withDefault("name").defaultField());
    assertTrue(fields.defaultField().isEmpty());
  }

  @Test
  void duplicateNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CqlFields.of(NAME, NAME));
  }

  @Test
  void unknownDefaultFieldIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CqlFields.of(NAME).withDefault("title"));
  }

  @Test
  void blankFieldNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CqlField.text(" ", "x"));
  }
}
