package org.folio.access.stacks.items;

import java.util.List;
import java.util.Set;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksAccessCondition;
import org.folio.access.rest.model.StacksItem;
import org.folio.access.rest.model.StacksLocation;

/** What an item document must satisfy beyond its schema; a breach is a 422 naming the field. */
public final class ItemRules {
  public static final Set<String> LOCATION_TYPES = Set.of("open-shelves", "closed-stores", "online", "on-exhibition");
  public static final Set<String> ACCESS_STATUSES = Set.of("open", "open-with-advisory", "restricted", "safeguarded",
      "by-appointment", "temporarily-unavailable", "unavailable", "closed", "licensed-resources", "permission-required");

  private ItemRules() {}

  public static void check(String id, StacksItem item) {
    if (item.getId() != null && !item.getId().equals(id)) {
      throw ApiError.invalid("id", item.getId(), "id must be the item id of the path, " + id);
    }
    List<StacksLocation> locations = item.getLocations();
    for (int i = 0; i < locations.size(); i++) {
      StacksLocation l = locations.get(i);
      String type = l.getLocationType().getId();
      if (!LOCATION_TYPES.contains(type)) {
        throw ApiError.invalid("locations[" + i + "].locationType.id", type, "locationType must be one of " + LOCATION_TYPES);
      }
      List<StacksAccessCondition> conditions = l.getAccessConditions();
      for (int c = 0; c < conditions.size(); c++) {
        String status = conditions.get(c).getStatus() == null ? null : conditions.get(c).getStatus().getId();
        if (status != null && !ACCESS_STATUSES.contains(status)) {
          throw ApiError.invalid("locations[" + i + "].accessConditions[" + c + "].status.id", status,
              "access status must be one of " + ACCESS_STATUSES);
        }
      }
    }
  }
}
