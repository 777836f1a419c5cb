package org.folio.access.ill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.folio.access.ill.settings.Mappings;
import org.folio.access.ill.settings.Template;
import org.junit.jupiter.api.Test;

/** Templated settings and A=B,C=D mappings. */
class TemplateTest {
  private final JsonObject transaction = new JsonObject().put("transactionNumber", 12345).put("pickupLocation", "LAW")
      .put("patron", new JsonObject().put("barcode", "2123").put("username", "j doe&co"));

  @Test
  void tagsAreReplacedAndStaticTextStays() {
    assertEquals("ILLiad TN:12345", Template.evaluate("ILLiad TN:{TableField:Transaction.TransactionNumber}", transaction));
    assertEquals("2123/LAW", Template.evaluate("{TableField:User.barcode}/{TableField:Transaction.PickupLocation}", transaction));
    assertEquals("x", Template.evaluate("x{TableField:User.Email}", transaction));
    assertEquals("", Template.evaluate("", transaction));
  }

  @Test
  void valuesCanBeEncodedForUrls() {
    assertEquals("https://a.edu/?u=j+doe%26co", Template.evaluate("https://a.edu/?u={TableField:User.Username}", transaction,
        v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void unknownFieldsAndMalformedTagsAreProblems() {
    assertNull(Template.problem("TN {TableField:Transaction.TransactionNumber} {TableField:User.UserInfo3}"));
    assertTrue(Template.problem("{TableField:User.Shoe}").contains("unknown field User.Shoe"));
    assertTrue(Template.problem("{TableField:Branch.Code}").contains("is not a tag"));
  }

  @Test
  void mappingsMatchNamesCaseInsensitively() {
    Mappings m = Mappings.parse("Book=Book, Thesis=thesis,Book Chapter=Book");
    assertEquals(Optional.of("thesis"), m.find("THESIS"));
    assertEquals(Optional.of("Book"), m.find("book chapter"));
    assertEquals(Optional.empty(), m.find("Score"));
    assertEquals(Optional.empty(), m.find(null));
    assertTrue(Mappings.problem("A=B,C").contains("'C'"));
    assertNull(Mappings.problem(""));
  }
}
