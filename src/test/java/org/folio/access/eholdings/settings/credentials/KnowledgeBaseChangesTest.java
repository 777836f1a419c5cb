package org.folio.access.eholdings.settings.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.folio.access.platform.errors.JsonApiError;
import org.folio.access.rest.model.KbCredentialsAttributes;
import org.junit.jupiter.api.Test;

class KnowledgeBaseChangesTest {

  @Test
  void theMaskSentBackMeansKeepTheKey() {
    KnowledgeBaseChanges changes = KnowledgeBaseChanges.partial(new KbCredentialsAttributes().withApiKey("********"));
    assertNull(changes.apiKey());
    assertEquals(Map.of(), changes.fields());
  }

  @Test
  void aReplacementRemovesTheAccountFieldsItDoesNotSendButNotTheKey() {
    KnowledgeBaseChanges changes = KnowledgeBaseChanges.complete(new KbCredentialsAttributes().withName(" Law "));
    assertEquals("Law", changes.name());
    assertEquals(List.of("customerId", "url"), changes.unsent());
  }

  @Test
  void aPatchMayLeaveTheNameOutButNotBlankIt() {
    assertNull(KnowledgeBaseChanges.partial(new KbCredentialsAttributes().withUrl("local")).name());
    JsonApiError e = assertThrows(JsonApiError.class,
        () -> KnowledgeBaseChanges.partial(new KbCredentialsAttributes().withName("").withUrl("local")));
    assertEquals("Invalid name", e.getMessage());
  }

  @Test
  void aPatchMustSetSomething() {
    JsonApiError e = assertThrows(JsonApiError.class,
        () -> KnowledgeBaseChanges.partial(new KbCredentialsAttributes().withName(" ").withCustomerId("")));
    assertEquals("Invalid attributes", e.getMessage());
  }
}
