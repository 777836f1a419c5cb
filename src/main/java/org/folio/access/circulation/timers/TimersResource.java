package org.folio.access.circulation.timers;

import io.vertx.core.Future;
import org.folio.access.circulation.privacy.Anonymization;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentTimerResult;
import org.folio.access.rest.resource.EcontentTimersAnonymize;
import org.folio.access.rest.resource.EcontentTimersExpireLoans;
import org.folio.access.rest.resource.EcontentTimersExpireReservations;

/** POST /econtent/_timers/*: the gateway's timers (and tests) run the periodic work for one tenant. */
public final class TimersResource implements EcontentTimersExpireLoans, EcontentTimersExpireReservations,
    EcontentTimersAnonymize {
  private final LoanExpiry loans;
  private final ReservationExpiry reservations;
  private final Anonymization anonymization;

  public TimersResource(LoanExpiry loans, ReservationExpiry reservations, Anonymization anonymization) {
    this.loans = loans;
    this.reservations = reservations;
    this.anonymization = anonymization;
  }

  @Override
  public Future<Reply> postEcontentTimersExpireLoans(OkapiContext okapi) {
    return loans.run(okapi.tenant())
        .map(n -> PostEcontentTimersExpireLoansResponse.respond200(new EcontentTimerResult().withProcessed(n)));
  }

  @Override
  public Future<Reply> postEcontentTimersExpireReservations(OkapiContext okapi) {
    return reservations.run(okapi.tenant())
        .map(n -> PostEcontentTimersExpireReservationsResponse.respond200(new EcontentTimerResult().withProcessed(n)));
  }

  @Override
  public Future<Reply> postEcontentTimersAnonymize(OkapiContext okapi) {
    return anonymization.run(okapi.tenant()).map(PostEcontentTimersAnonymizeResponse::respond200);
  }
}
