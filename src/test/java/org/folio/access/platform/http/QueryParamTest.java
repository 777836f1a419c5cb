package org.folio.access.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.support.MultiMaps;
import org.junit.jupiter.api.Test;

class QueryParamTest {

  @Test
  void anAbsentIntegerTakesItsDefault() {
    assertEquals(25L, QueryParam.integer("count", "25", false, 1L, 100L).read(MultiMaps.of()));
  }

  @Test
  void anIntegerAboveItsMaximumIsRefusedWithTheInterfaceWording() {
    ApiError e = assertThrows(ApiError.class, () -> QueryParam.integer("count", "25", false, 1L, 100L).read(MultiMaps.of("count", "1000")));
    assertEquals(400, e.status());
    assertEquals("'count' parameter is incorrect. parameter value {1000} is not valid: must be less than or equal to 100", e.getMessage());
    assertEquals("count", e.parameters().get(0).key());
  }

  @Test
  void anIntegerBelowItsMinimumIsRefused() {
    ApiError e = assertThrows(ApiError.class, () -> QueryParam.integer("page", "1", false, 1L, null).read(MultiMaps.of("page", "0")));
    assertEquals("'page' parameter is incorrect. parameter value {0} is not valid: must be greater than or equal to 1", e.getMessage());
  }

  @Test
  void textWhereAnIntegerBelongsIsRefused() {
    assertThrows(ApiError.class, () -> QueryParam.integer("limit", "10", false, 0L, 1000L).read(MultiMaps.of("limit", "ten")));
  }

  @Test
  void aValueOutsideItsEnumerationIsRefused() {
    QueryParam<String> sort = QueryParam.string("sort", "relevance", false, List.of("relevance", "name"));
    assertEquals("name", sort.read(MultiMaps.of("sort", "name")));
    ApiError e = assertThrows(ApiError.class, () -> sort.read(MultiMaps.of("sort", "date")));
    assertEquals("'sort' parameter is incorrect. parameter value {date} is not valid: must be one of [relevance, name]", e.getMessage());
  }

  @Test
  void aMissingRequiredParameterIsRefused() {
    assertThrows(ApiError.class, () -> QueryParam.string("q", null, true, List.of()).read(MultiMaps.of()));
  }

  @Test
  void anAbsentOptionalStringIsNull() {
    assertNull(QueryParam.string("q", null, false, List.of()).read(MultiMaps.of()));
  }

  @Test
  void aRepeatedKeyGivesEveryValueInOrder() {
    assertEquals(List.of("a", "b"), QueryParam.strings("filter[tags]", false, List.of()).read(MultiMaps.of("filter[tags]", "a", "filter[tags]", "b")));
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    QueryParam<Boolean> flag = QueryParam.bool("purge", "false", false);
    assertEquals(Boolean.TRUE, flag.read(MultiMaps.of("purge", "true")));
    assertEquals(Boolean.FALSE, flag.read(MultiMaps.of()));
    assertThrows(ApiError.class, () -> flag.read(MultiMaps.of("purge", "yes")));
  }
}
