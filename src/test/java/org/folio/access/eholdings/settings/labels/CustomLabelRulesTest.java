package org.folio.access.eholdings.settings.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.folio.access.platform.errors.JsonApiError;
import org.junit.jupiter.api.Test;

class CustomLabelRulesTest {

  @Test
  void theLabelsSentFillTheirSlotsAndTheOthersAreEmpty() {
    List<CustomLabel> slots = CustomLabelRules.slots(List.of(new CustomLabel(4, "Fund", true, false)));
    assertEquals(5, slots.size());
    assertEquals(new CustomLabel(4, "Fund", true, false), slots.get(3));
    assertEquals(CustomLabel.empty(1), slots.get(0));
    assertEquals(1, slots.stream().filter(CustomLabel::inUse).count());
  }

  @Test
  void aSixthSlotIsRefused() {
    JsonApiError e = assertThrows(JsonApiError.class, () -> CustomLabelRules.slots(List.of(new CustomLabel(6, "x", false, false))));
    assertEquals("Invalid Custom Label id", e.getMessage());
    assertEquals(422, e.status());
  }

  @Test
  void fiftyCharactersFitAndFiftyOneDoNot() {
    CustomLabelRules.slots(List.of(new CustomLabel(1, "x".repeat(50), false, false)));
    JsonApiError e = assertThrows(JsonApiError.class,
        () -> CustomLabelRules.slots(List.of(new CustomLabel(1, "x".repeat(51), false, false))));
    assertEquals("Custom Label Name is too long (maximum is 50 characters)", e.detail());
  }
}
