package org.folio.access.platform.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields of several values per record (CqlField.anyOf): a clause matches when any value does. */
class CqlToSqlElementsTest {
  private static final String FROM = "jsonb_path_query(doc, '$[*].code') AS e(j)";
  private static final String VALUE = "e.j #>> '{}'";
  private static final CqlFields FIELDS = CqlFields.of(CqlField.anyOf("code", FROM, VALUE), CqlField.keyword("id", "id"));

  @Test
  void aClauseOnAnElementFieldIsAnExistsOverItsElements() throws CqlException {
    SqlFilter filter = CqlToSql.translate("code == Abc and id == x", FIELDS, 1);
    assertEquals("(EXISTS (SELECT 1 FROM " + FROM + " WHERE lower(public.unaccent(" + VALUE + ")) = "
        + "(SELECT lower(public.unaccent($1)))) AND id = (SELECT lower(public.unaccent($2))))", filter.where());
    assertEquals(List.of("Abc", "x"), filter.params());
  }

  @Test
  void negationsAndSortingStayOnTheElements() throws CqlException {
    SqlFilter filter = CqlToSql.translate("id == x not code == a sortBy code/sort.descending", FIELDS, 1);
    assertEquals("(id = (SELECT lower(public.unaccent($1))) AND (EXISTS (SELECT 1 FROM " + FROM + " WHERE "
        + "lower(public.unaccent(" + VALUE + ")) = (SELECT lower(public.unaccent($2))))) IS NOT TRUE)", filter.where());
    assertEquals("(SELECT min(lower(public.unaccent(" + VALUE + "))) FROM " + FROM + ") DESC", filter.orderBy());
  }

  @Test
  void anElementFieldNeedsItsSource() {
    assertThrows(NullPointerException.class, () -> CqlField.anyOf("code", null, VALUE));
  }
}
