package org.folio.access.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.MultiMap;
import java.util.List;
import org.folio.access.platform.errors.ApiError;
import org.junit.jupiter.api.Test;

class QueryParamTest {
  private static MultiMap query(String... pairs) {
    MultiMap map = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void anAbsentIntegerTakesItsDefault() {
    assertEquals(25L, QueryParam.integer("count", "25", false, 1L, 100L).read(query()));
  }

  @Test
  void anIntegerAboveItsMaximumIsRefusedWithTheInterfaceWording() {
    ApiError e = assertThrows(ApiError.class, () -> QueryParam.integer("count", "25", false, 1L, 100L).read(query("count", "1000")));
    assertEquals(400, e.status());
    assertEquals("'count' parameter is incorrect. parameter value {1000} is not valid: must be less than or equal to 100", e.getMessage());
    assertEquals("count", e.parameters().get(0).key());
  }

  @Test
  void anIntegerBelowItsMinimumIsRefused() {
    ApiError e = assertThrows(ApiError.class, () -> QueryParam.integer("page", "1", false, 1L, null).read(query("page", "0")));
    assertEquals("'page' parameter is incorrect. parameter value {0} is not valid: must be greater than or equal to 1", e.getMessage());
  }

  @Test
  void textWhereAnIntegerBelongsIsRefused() {
    assertThrows(ApiError.class, () -> QueryParam.integer("limit", "10", false, 0L, 1000L).read(query("limit", "ten")));
  }

  @Test
  void aValueOutsideItsEnumerationIsRefused() {
    QueryParam<String> sort = QueryParam.string("sort", "relevance", false, List.of("relevance", "name"));
    assertEquals("name", sort.read(query("sort", "name")));
    ApiError e = assertThrows(ApiError.class, () -> sort.read(query("sort", "date")));
    assertEquals("'sort' parameter is incorrect. parameter value {date} is not valid: must be one of [relevance, name]", e.getMessage());
  }

  @Test
  void aMissingRequiredParameterIsRefused() {
    assertThrows(ApiError.class, () -> QueryParam.string("q", null, true, List.of()).read(query()));
  }

  @Test
  void anAbsentOptionalStringIsNull() {
    assertNull(QueryParam.string("q", null, false, List.of()).read(query()));
  }

  @Test
  void aRepeatedKeyGivesEveryValueInOrder() {
    assertEquals(List.of("a", "b"), QueryParam.strings("filter[tags]", false, List.of()).read(query("filter[tags]", "a", "filter[tags]", "b")));
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    QueryParam<Boolean> flag = QueryParam.bool("purge", "false", false);
    assertEquals(Boolean.TRUE, flag.read(query("purge", "true")));
    assertEquals(Boolean.FALSE, flag.read(query()));
    assertThrows(ApiError.class, () -> flag.read(query("purge", "yes")));
  }
}
