package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.ill.IllEvents;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.FindQuery;
import org.folio.access.ill.consortium.exchange.Message;
import org.folio.access.ill.consortium.publishing.Searches;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;

/**
 * Borrowing through the consortium: opens a lending request for a transaction at the first lender in line that
 * still has a copy free (RequestItem), and when a lender says unfilled, at the next one of its rota; when none is
 * left, the transaction goes to the ManualProcessingQueue with a note saying why.
 */
public final class Rota {
  private final ConsortiumExchange exchange;
  private final SideRepository sides;
  private final TransactionRepository transactions;
  private final NoteRepository notes;
  private final QueueMoveRepository moves;
  private final SettingsRepository settings;

  public Rota(ConsortiumExchange exchange, SideRepository sides, TransactionRepository transactions, NoteRepository notes,
      QueueMoveRepository moves, SettingsRepository settings) {
    this.exchange = exchange;
    this.sides = sides;
    this.transactions = transactions;
    this.notes = notes;
    this.moves = moves;
    this.settings = settings;
  }

  /** Opens the request at the first of the lenders with a free copy, trying each search in turn; this side recorded. */
  public Future<Optional<Message>> request(SqlClient conn, String tenant, UUID transactionId, List<String> lenders,
      List<FindQuery> queries, String note) {
    if (queries.isEmpty() || lenders.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return exchange.open(conn, tenant, lenders, queries.get(0), note).compose(opened -> opened.isPresent()
        ? sides.open(conn, tenant, opened.get().request(), Message.BORROWER, transactionId)
            .compose(x -> sides.record(conn, tenant, opened.get())).map(opened)
        : request(conn, tenant, transactionId, lenders, queries.subList(1, queries.size()), note));
  }

  /** After an unfilled answer: the next lender of the rota, or the manual queue. */
  Future<Void> next(SqlClient conn, String tenant, UUID transactionId, Message unfilled) {
    return transactions.find(conn, tenant, transactionId).compose(doc -> {
      JsonObject t = doc.orElseThrow();
      List<FindQuery> queries = Searches.of(strings(t.getJsonArray("isbns")), strings(t.getJsonArray("issns")), t.getString("title"),
          t.getString("author"));
      return request(conn, tenant, transactionId, unfilled.request().rota(), queries, null).compose(opened -> opened.isPresent()
          ? onwards(conn, tenant, t, unfilled, opened.get())
          : toManualQueue(conn, tenant, t, unfilled));
    });
  }

  private Future<Void> onwards(SqlClient conn, String tenant, JsonObject t, Message unfilled, Message opened) {
    UUID id = UUID.fromString(t.getString("id"));
    String note = "Consortium: " + unfilled.request().lender() + " cannot supply (" + unfilled.reason() + "); requested from "
        + opened.request().lender() + " as " + opened.request().id() + ".";
    return transactions.finishRouting(conn, tenant, id, t.getString("queue"), opened.request().id().toString())
        .compose(x -> notes.add(conn, tenant, id, note, SideEffects.AUTHOR))
        .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.NOTED, id));
  }

  private Future<Void> toManualQueue(SqlClient conn, String tenant, JsonObject t, Message unfilled) {
    UUID id = UUID.fromString(t.getString("id"));
    return settings.find(conn, tenant).compose(s -> {
      String queue = s.values().getManualProcessingQueue();
      String note = s.values().getNotePrefix() + "Consortium: " + unfilled.request().lender() + " cannot supply (" + unfilled.reason()
          + ") and no other member has a copy free; manual processing needed.";
      return transactions.setQueue(conn, tenant, id, queue)
          .compose(x -> notes.add(conn, tenant, id, note, SideEffects.AUTHOR))
          .compose(x -> moves.add(conn, tenant, id, t.getString("queue"), queue, SideEffects.AUTHOR, note))
          .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.MOVED, id));
    });
  }

  private static List<String> strings(JsonArray values) {
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }
}
