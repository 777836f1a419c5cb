package org.folio.access.stacks.works;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
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
 *
 * <p>Built answers are kept ({@link WorkAnswers}) with the work's version: the statement is given the version of
 * the answer held, and when the work still has it the database reads no item (a primary key lookup) and the held
 * bytes are the answer, as long as the pickup calendar's key (rules, day, cut-off) is the same too.
 */
public final class WorkAvailabilityService {
  /** Bytes of answers kept per module instance (a 200-item work's answer is about 76 KB). */
  public static final long KEPT_BYTES = 64L << 20;
  private final Db db;
  private final WorkRepository works;
  private final WorkAnswers answers = new WorkAnswers(KEPT_BYTES);

  public WorkAvailabilityService(Db db, WorkRepository works) {
    this.db = db;
    this.works = works;
  }

  /** The work's availability as its JSON document. */
  public Future<Buffer> availability(String tenant, String workId) {
    try {
      StacksIds.require("workId", workId);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    WorkAnswers.Answer held = answers.get(tenant, workId);
    return works.availability(db.pool(), tenant, workId, held == null ? null : held.version())
        .compose(rows -> answer(tenant, workId, held, rows));
  }

  private Future<Buffer> answer(String tenant, String workId, WorkAnswers.Answer held, RowSet<Row> rows) {
    if (rows.size() == 0) {
      answers.remove(tenant, workId);
      return Future.failedFuture(StacksErrors.workNotFound(workId));
    }
    Row first = rows.iterator().next();
    long version = first.getLong("version");
    PickupCalendar calendar = new PickupCalendar(RequestRules.of(first));
    PickupCalendar.Moment moment = calendar.moment(first.getOffsetDateTime("now").toInstant());
    CalendarKey key = new CalendarKey(calendar.rules(), moment);
    if (held != null && held.version() == version) {
      if (held.calendarKey().equals(key)) {
        return Future.succeededFuture(held.body());
      }
      // the same items, but another day, side of the cut-off or rules: their pickup dates are read again
      return works.availability(db.pool(), tenant, workId, null).compose(again -> answer(tenant, workId, null, again));
    }
    Buffer body = Buffer.buffer(document(workId, rows, calendar, moment));
    answers.put(tenant, workId, new WorkAnswers.Answer(version, key, body));
    return Future.succeededFuture(body);
  }

  /** What the pickup dates of an answer depend on besides the item. */
  private record CalendarKey(RequestRules rules, PickupCalendar.Moment moment) {}

  static String document(String workId, RowSet<Row> rows, PickupCalendar calendar, PickupCalendar.Moment moment) {
    int count = 0;
    for (Row row : rows) {
      count += row.getArrayOfStrings("ids") == null ? 0 : row.getArrayOfStrings("ids").length;
    }
    String[] ids = new String[count];
    String[] rests = new String[count];
    for (Row row : rows) {
      String[] groupIds = row.getArrayOfStrings("ids");
      if (groupIds == null) {
        continue; // a work without items, or items not read
      }
      String rest = "," + Json.encode(group(row, calendar, moment)).substring(1);
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
  private static StacksWorkItem group(Row row, PickupCalendar calendar, PickupCalendar.Moment moment) {
    ItemRow item = new ItemRow(null, null, row.getString("location_type"), row.getString("description"),
        row.getString("access_status"), null, row.getString("ils_location_code"), row.getString("status_id"));
    boolean requested = row.getBoolean("requested");
    boolean requestable = !requested && item.available() && Requestability.refusal(item).isEmpty();
    StacksWorkItem answer = new StacksWorkItem()
        .withStatus(new StacksLabel().withId(item.statusId()).withLabel(row.getString("status_label")).withType("ItemStatus"))
        .withDueDate(row.getString("due_date")).withRequested(requested).withRequestable(requestable)
        .withType(StacksWorkItem.Type.ITEM).withAvailableDates(null);
    if (requestable) {
      answer.setAvailableDates(calendar.availableDates(moment, item.ilsLocationCode()).stream().map(LocalDate::toString).toList());
    }
    return answer;
  }
}
