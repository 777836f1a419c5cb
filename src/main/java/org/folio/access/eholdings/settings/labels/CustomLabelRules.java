package org.folio.access.eholdings.settings.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folio.access.eholdings.settings.common.SettingsErrors;

/**
 * Turns the labels of a PUT into the five stored slots: ids 1 to 5 and unique, display labels not blank
 * and at most 50 characters (the limit of the interface and of ui-eholdings' form); slots not sent are empty.
 */
public final class CustomLabelRules {
  public static final int DISPLAY_LABEL_MAX = 50;

  private CustomLabelRules() {}

  public static List<CustomLabel> slots(List<CustomLabel> sent) {
    Set<Integer> seen = new HashSet<>();
    CustomLabel[] slots = new CustomLabel[CustomLabel.SLOTS];
    for (CustomLabel label : sent) {
      check(label);
      if (!seen.add(label.id())) {
        throw SettingsErrors.refused("Invalid request body", "Each label in body must contain unique id");
      }
      slots[label.id() - 1] = label;
    }
    List<CustomLabel> all = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      all.add(slots[i] == null ? CustomLabel.empty(i + 1) : slots[i]);
    }
    return all;
  }

  private static void check(CustomLabel label) {
    if (label.id() < 1 || label.id() > CustomLabel.SLOTS) {
      throw SettingsErrors.refused("Invalid Custom Label id", "Custom Label id should be in range 1 - " + CustomLabel.SLOTS);
    }
    if (label.displayLabel() == null || label.displayLabel().isBlank()) {
      throw SettingsErrors.refused("Invalid Custom Label Name", "Custom Label Name must not be empty");
    }
    if (label.displayLabel().length() > DISPLAY_LABEL_MAX) {
      throw SettingsErrors.refused("Invalid Custom Label Name",
          "Custom Label Name is too long (maximum is " + DISPLAY_LABEL_MAX + " characters)");
    }
  }
}
