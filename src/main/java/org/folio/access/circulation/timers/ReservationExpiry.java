package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.holds.HoldService;
import org.folio.access.platform.db.Db;

/** Passes on reserved copies whose window has passed: claim -> cancel the reservation -> hand the copy on. */
public final class ReservationExpiry {
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
    return OneByOne.drain(db, conn -> holds.claimExpiredReservation(conn, tenant).compose(hold -> hold.isEmpty()
        ? Future.succeededFuture(false)
        : holdService.lapse(conn, tenant, hold.get()).map(true)));
  }
}
