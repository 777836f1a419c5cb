package org.folio.access.stacks.works;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.StacksLabel;
import org.folio.access.rest.model.StacksWorkAvailability;
import org.folio.access.rest.model.StacksWorkItem;
import org.folio.access.stacks.StacksErrors;
import org.folio.access.stacks.StacksIds;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.requests.PickupCalendar;
import org.folio.access.stacks.requests.Requestability;
import org.folio.access.stacks.settings.RequestRules;

/** Realtime availability of a work's items: one statement, then the pickup dates computed from its rules. */
public final class WorkAvailabilityService {
  private final Db db;
  private final WorkRepository works;

  public WorkAvailabilityService(Db db, WorkRepository works) {
    this.db = db;
    this.works = works;
  }

  public Future<StacksWorkAvailability> availability(String tenant, String workId) {
    try {
      StacksIds.require("workId", workId);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return works.availability(db.pool(), tenant, workId).compose(rows -> {
      if (rows.size() == 0) {
        return Future.failedFuture(StacksErrors.workNotFound(workId));
      }
      List<StacksWorkItem> items = new ArrayList<>();
      PickupCalendar calendar = null;
      for (Row row : rows) {
        if (row.getString("id") == null) {
          continue; // a work without items
        }
        if (calendar == null) {
          calendar = new PickupCalendar(RequestRules.of(row));
        }
        items.add(item(row, calendar));
      }
      return Future.succeededFuture(new StacksWorkAvailability().withId(workId).withItems(items)
          .withType(StacksWorkAvailability.Type.WORK));
    });
  }

  private static StacksWorkItem item(Row row, PickupCalendar calendar) {
    ItemRow item = new ItemRow(row.getString("id"), null, row.getString("location_type"), row.getString("description"),
        row.getString("access_status"), null, row.getString("ils_location_code"), row.getString("status_id"));
    boolean requested = row.getBoolean("requested");
    boolean requestable = !requested && item.available() && Requestability.refusal(item).isEmpty();
    StacksWorkItem answer = new StacksWorkItem().withId(item.id())
        .withStatus(new StacksLabel().withId(item.statusId()).withLabel(row.getString("status_label")).withType("ItemStatus"))
        .withDueDate(row.getString("due_date")).withRequested(requested).withRequestable(requestable)
        .withType(StacksWorkItem.Type.ITEM).withAvailableDates(null);
    if (requestable) {
      Instant now = row.getOffsetDateTime("now").toInstant();
      answer.setAvailableDates(calendar.availableDates(now, item.ilsLocationCode()).stream().map(LocalDate::toString).toList());
    }
    return answer;
  }
}
