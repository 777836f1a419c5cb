package org.folio.access.ill.consortium.lending;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.OffsetDateTime;
import org.folio.access.ill.IllEvents;
import org.folio.access.ill.consortium.exchange.ConsortiumExchange;
import org.folio.access.ill.consortium.exchange.Message;
import org.folio.access.ill.transactions.NoteRepository;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.items.ItemStatus;

/**
 * What a recorded message does besides moving this side's state: at the lender, its own shipped and complete
 * change the stacks item (lent to the consortium, then free); at the borrower, every message is a note on the ILL
 * transaction, and an unfilled one sends the request on to the next lender (Rota). A move that ends the request's
 * hold on a copy releases it in the index.
 */
public final class SideEffects {
  /** Author of the notes and moves the consortium writes on transactions. */
  public static final String AUTHOR = "consortium";
  static final ItemStatus AVAILABLE = new ItemStatus("-", "Available", null);
  private final ConsortiumExchange exchange;
  private final ItemService items;
  private final NoteRepository notes;
  private final Rota rota;

  public SideEffects(ConsortiumExchange exchange, ItemService items, NoteRepository notes, Rota rota) {
    this.exchange = exchange;
    this.items = items;
    this.notes = notes;
    this.rota = rota;
  }

  /** After this side's own move. */
  Future<Void> ownMove(SqlClient conn, String tenant, SideRepository.Side side, Message m) {
    Future<Void> release = LendingMoves.releasesCopy(m.action()) ? exchange.release(conn, m.request().id()) : Future.succeededFuture();
    return release.compose(x -> Message.LENDER.equals(side.role()) ? lenderItem(conn, tenant, side.itemId(), m)
        : note(conn, tenant, side, m));
  }

  /** After a message from the other side was recorded here (once). */
  public Future<Void> delivered(SqlClient conn, String tenant, SideRepository.Side side, Message m) {
    if (!Message.BORROWER.equals(side.role())) {
      return Future.succeededFuture();
    }
    return note(conn, tenant, side, m).compose(x -> "unfilled".equals(m.action())
        ? rota.next(conn, tenant, side.transactionId(), m) : Future.succeededFuture());
  }

  private Future<Void> lenderItem(SqlClient conn, String tenant, String itemId, Message m) {
    if ("shipped".equals(m.action())) {
      return status(conn, tenant, itemId, lent(m.request().dueDate()));
    }
    return "complete".equals(m.action()) ? status(conn, tenant, itemId, AVAILABLE) : Future.succeededFuture();
  }

  /** The realtime status through stacks; an item deleted meanwhile does not stop the lending. */
  private Future<Void> status(SqlClient conn, String tenant, String itemId, ItemStatus status) {
    return items.changeStatus(conn, tenant, itemId, status).<Void>mapEmpty()
        .recover(e -> e instanceof ApiError a && a.status() == 404 ? Future.succeededFuture() : Future.failedFuture(e));
  }

  static ItemStatus lent(OffsetDateTime due) {
    return new ItemStatus("consortium-loan", "Lent to consortium", due);
  }

  private Future<Void> note(SqlClient conn, String tenant, SideRepository.Side side, Message m) {
    String text = "Consortium request " + m.request().id() + " (lender " + m.request().lender() + "), message " + m.seq() + " from the "
        + m.senderRole() + ": " + m.action() + " -> " + m.state() + (m.reason() == null ? "" : " (" + m.reason() + ")")
        + (m.dueDate() == null ? "" : ", due " + m.dueDate()) + (m.note() == null ? "" : ". " + m.note());
    return notes.add(conn, tenant, side.transactionId(), text, AUTHOR)
        .compose(x -> IllEvents.transaction(conn, tenant, IllEvents.NOTED, side.transactionId()));
  }
}
