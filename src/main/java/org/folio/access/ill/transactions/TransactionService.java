package org.folio.access.ill.transactions;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.folio.access.circulation.Ids;
import org.folio.access.ill.Callers;
import org.folio.access.ill.IllErrors;
import org.folio.access.ill.IllEvents;
import org.folio.access.ill.settings.SettingsRepository;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.IllTransaction;

/** Creating, reading, changing and annotating ILL transactions; each change writes its outbox event. */
public final class TransactionService {
  private final Db db;
  private final TransactionRepository transactions;
  private final NoteRepository notes;
  private final QueueMoveRepository moves;
  private final SettingsRepository settings;

  public TransactionService(Db db, TransactionRepository transactions, NoteRepository notes, QueueMoveRepository moves,
      SettingsRepository settings) {
    this.db = db;
    this.transactions = transactions;
    this.notes = notes;
    this.moves = moves;
    this.settings = settings;
  }

  /** validate -> readSearchQueue -> insert -> firstMove -> recordEvent. */
  public Future<JsonObject> create(String tenant, IllTransaction t, UUID by) {
    ApiError problem = TransactionRules.problem(t);
    if (problem != null) {
      return Future.failedFuture(problem);
    }
    UUID id = t.getId() == null ? UUID.randomUUID() : UUID.fromString(t.getId());
    return db.inTransaction(conn -> settings.find(conn, tenant).compose(s -> {
      String queue = s.values().getFindItemSearchQueue();
      return transactions.insert(conn, tenant, id, t, queue, by)
          .compose(doc -> moves.add(conn, tenant, id, null, queue, Callers.author(by), "New request")
              .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.CREATED, id))
              .map(doc));
    }));
  }

  public Future<JsonObject> get(String tenant, String transactionId) {
    UUID id = Ids.uuid(transactionId);
    return (id == null ? Future.succeededFuture(java.util.Optional.<JsonObject>empty()) : transactions.find(db.pool(), tenant, id))
        .compose(found -> found.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(IllErrors.transactionNotFound(transactionId))));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return transactions.page(db.pool(), tenant, cql, offset, limit);
  }

  /** validate -> lockUnlessRouted -> update -> recordEvent. */
  public Future<JsonObject> replace(String tenant, String transactionId, IllTransaction t) {
    ApiError problem = TransactionRules.problem(t);
    if (problem != null) {
      return Future.failedFuture(problem);
    }
    return db.inTransaction(conn -> lockIdle(conn, tenant, transactionId)
        .compose(locked -> transactions.update(conn, tenant, locked.id(), t)
            .compose(doc -> IllEvents.transaction(conn, tenant, IllEvents.UPDATED, locked.id()).map(doc))));
  }

  /** lock -> addNote -> touch -> recordEvent -> read. */
  public Future<JsonObject> addNote(String tenant, String transactionId, String note, UUID by) {
    return db.inTransaction(conn -> lock(conn, tenant, transactionId)
        .compose(locked -> notes.add(conn, tenant, locked.id(), note, Callers.author(by))
            .compose(x -> transactions.touch(conn, tenant, locked.id()))
            .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.NOTED, locked.id()))
            .compose(x -> transactions.find(conn, tenant, locked.id()))
            .map(doc -> doc.orElseThrow())));
  }

  /** The row locked; 404 when there is none. */
  public Future<TransactionRepository.Locked> lock(io.vertx.sqlclient.SqlClient conn, String tenant, String transactionId) {
    UUID id = Ids.uuid(transactionId);
    if (id == null) {
      return Future.failedFuture(IllErrors.transactionNotFound(transactionId));
    }
    return transactions.lock(conn, tenant, id).compose(found -> found.map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(IllErrors.transactionNotFound(transactionId))));
  }

  /** The row locked; 404 when there is none, 409 while the routing engine holds it. */
  public Future<TransactionRepository.Locked> lockIdle(io.vertx.sqlclient.SqlClient conn, String tenant, String transactionId) {
    return lock(conn, tenant, transactionId).compose(locked -> locked.beingRouted()
        ? Future.failedFuture(IllErrors.routingInProgress()) : Future.succeededFuture(locked));
  }
}
