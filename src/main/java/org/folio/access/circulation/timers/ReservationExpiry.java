package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.holds.HoldService;
import org.folio.access.platform.db.Db;

/** Passes on reserved copies whose window has passed, one transaction each, claimed with FOR UPDATE SKIP LOCKED. */
public final class ReservationExpiry {
  static final int MAX_PER_RUN = 1000;
  private final Db db;
  private final HoldRepository holds;
  private final HoldService holdService;

  public ReservationExpiry(Db db, HoldRepository holds, HoldService holdService) {
    this.db = db;
    this.holds = holds;
    this.holdService = holdService;
  }

  /** How many reservations it passed on. */
  public Future<Integer> run(String tenant) {
    return next(tenant, 0);
  }

  private Future<Integer> next(String tenant, int done) {
    if (done >= MAX_PER_RUN) {
      return Future.succeededFuture(done);
    }
    return db.inTransaction(conn -> holds.claimExpiredReservation(conn, tenant).compose(hold -> hold.isEmpty()
            ? Future.succeededFuture(false)
            : holdService.lapse(conn, tenant, hold.get()).map(true)))
        .compose(lapsed -> lapsed ? next(tenant, done + 1) : Future.succeededFuture(done));
  }
}
