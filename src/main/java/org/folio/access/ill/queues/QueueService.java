package org.folio.access.ill.queues;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.folio.access.ill.Callers;
import org.folio.access.ill.IllEvents;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.ill.transactions.QueueMoveRepository;
import org.folio.access.ill.transactions.TransactionRepository;
import org.folio.access.ill.transactions.TransactionService;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;

/** Staff views of the work queues: counts, a queue's transactions, moves with a note, a transaction's history. */
public final class QueueService {
  private final Db db;
  private final TransactionService transactionService;
  private final TransactionRepository transactions;
  private final NoteRepository notes;
  private final QueueMoveRepository moves;

  public QueueService(Db db, TransactionService transactionService, TransactionRepository transactions,
      NoteRepository notes, QueueMoveRepository moves) {
    this.db = db;
    this.transactionService = transactionService;
    this.transactions = transactions;
    this.notes = notes;
    this.moves = moves;
  }

  public Future<List<TransactionRepository.QueueCount>> counts(String tenant) {
    return transactions.queueCounts(db.pool(), tenant);
  }

  public Future<CqlCollection.Page> page(String tenant, String queue, long offset, long limit) {
    return transactions.pageOfQueue(db.pool(), tenant, queue, offset, limit);
  }

  /** lockUnlessRouted -> setQueue -> note -> move -> recordEvent -> read. */
  public Future<JsonObject> move(String tenant, String transactionId, String queue, String note, UUID by) {
    String author = Callers.author(by);
    return db.inTransaction(conn -> transactionService.lockIdle(conn, tenant, transactionId)
        .compose(locked -> transactions.setQueue(conn, tenant, locked.id(), queue)
            .compose(x -> notes.add(conn, tenant, locked.id(), note, author))
            .compose(x -> moves.add(conn, tenant, locked.id(), locked.queue(), queue, author, note))
            .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.MOVED, locked.id()))
            .compose(x -> transactions.find(conn, tenant, locked.id()))
            .map(doc -> doc.orElseThrow())));
  }

  /** The moves of the transaction, oldest first; 404 when there is no such transaction. */
  public Future<List<String>> history(String tenant, String transactionId) {
    return transactionService.get(tenant, transactionId)
        .compose(doc -> moves.of(db.pool(), tenant, UUID.fromString(doc.getString("id"))));
  }
}
