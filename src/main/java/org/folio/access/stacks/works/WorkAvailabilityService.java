package org.folio.access.stacks.works;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.time.Instant;
import java.time.LocalDate;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.StacksLabel;
import org.folio.access.rest.model.StacksWorkItem;
import org.folio.access.stacks.StacksErrors;
import org.folio.access.stacks.StacksIds;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.requests.PickupCalendar;
import org.folio.access.stacks.requests.Requestability;
import org.folio.access.stacks.settings.RequestRules;

/**
 * Realtime availability of a work's items: one statement that answers the items grouped by their state, then
 * each group's answer (status, due date, requestability, pickup dates) computed and encoded once and written
 * after each of its items' ids, in id order. The JSON is the `stacks-work-availability` schema's.
 */
public final class WorkAvailabilityService {
  private final Db db;
  private final WorkRepository works;

  public WorkAvailabilityService(Db db, WorkRepository works) {
    this.db = db;
    this.works = works;
  }

  /** The work's availability as its JSON document. */
  public Future<String> availability(String tenant, String workId) {
    try {
      StacksIds.require("workId", workId);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return works.availability(db.pool(), tenant, workId).compose(rows -> rows.size() == 0
        ? Future.failedFuture(StacksErrors.workNotFound(workId)) : Future.succeededFuture(document(workId, rows)));
  }

  static String document(String workId, RowSet<Row> rows) {
    int count = 0;
    for (Row row : rows) {
      count += row.getArrayOfStrings("ids") == null ? 0 : row.getArrayOfStrings("ids").length;
    }
    String[] ids = new String[count];
    String[] rests = new String[count];
    PickupCalendar calendar = null;
    for (Row row : rows) {
      String[] groupIds = row.getArrayOfStrings("ids");
      if (groupIds == null) {
        continue; // a work without items
      }
      if (calendar == null) {
        calendar = new PickupCalendar(RequestRules.of(row));
      }
      String rest = "," + Json.encode(group(row, calendar)).substring(1);
      Integer[] positions = row.getArrayOfIntegers("positions");
      for (int k = 0; k < groupIds.length; k++) {
        ids[positions[k]] = groupIds[k];
        rests[positions[k]] = rest;
      }
    }
    StringBuilder json = new StringBuilder(64 + count * (rests.length == 0 ? 0 : rests[0].length() + 24));
    quoted(json.append("{\"id\":"), workId).append(",\"items\":[");
    for (int k = 0; k < count; k++) {
      quoted(json.append(k == 0 ? "{\"id\":" : ",{\"id\":"), ids[k]).append(rests[k]);
    }
    return json.append("],\"type\":\"Work\"}").toString();
  }

  private static StringBuilder quoted(StringBuilder json, String text) {
    return json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }

  /** What every item of a group answers but its id. */
  private static StacksWorkItem group(Row row, PickupCalendar calendar) {
    ItemRow item = new ItemRow(null, null, row.getString("location_type"), row.getString("description"),
        row.getString("access_status"), null, row.getString("ils_location_code"), row.getString("status_id"));
    boolean requested = row.getBoolean("requested");
    boolean requestable = !requested && item.available() && Requestability.refusal(item).isEmpty();
    StacksWorkItem answer = new StacksWorkItem()
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
