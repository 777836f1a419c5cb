package org.folio.access.circulation.availability;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EcontentAvailability;

/** Copies owned and free, the queue, and the estimated wait of one lendable. */
public final class AvailabilityService {
  private final Db db;
  private final LendableRepository lendables;
  private final HoldRepository holds;
  private final LoanRepository loans;
  private final LoanPolicyRepository policies;

  public AvailabilityService(Db db, LendableRepository lendables, HoldRepository holds, LoanRepository loans,
      LoanPolicyRepository policies) {
    this.db = db;
    this.lendables = lendables;
    this.holds = holds;
    this.loans = loans;
    this.policies = policies;
  }

  public Future<EcontentAvailability> of(String tenant, String resourceId) {
    return Future.all(lendables.find(db.pool(), tenant, resourceId), holds.waitingCount(db.pool(), tenant, resourceId),
            loans.dueDates(db.pool(), tenant, resourceId), holds.reservationEnds(db.pool(), tenant, resourceId),
            policies.find(db.pool(), tenant))
        .compose(all -> {
          Optional<Lendable> lendable = all.resultAt(0);
          if (lendable.isEmpty()) {
            return Future.failedFuture(CirculationErrors.lendableNotFound(resourceId));
          }
          return Future.succeededFuture(availability(lendable.get(), all.resultAt(1), all.resultAt(2), all.resultAt(3),
              all.resultAt(4)));
        });
  }

  static EcontentAvailability availability(Lendable lendable, int waiting, List<OffsetDateTime> dueDates,
      List<OffsetDateTime> reservations, LoanPolicy policy) {
    boolean available = !lendable.licenceEnded() && waiting == 0 && lendable.hasFreeCopy();
    EcontentAvailability answer = new EcontentAvailability().withResourceId(lendable.resourceId())
        .withCopiesOwned(lendable.copies()).withCopiesAvailable(lendable.licenceEnded() ? 0 : lendable.copiesFree())
        .withHoldsWaiting(waiting).withAvailable(available);
    if (available) {
      return answer.withEstimatedWaitDays(0);
    }
    if (lendable.licenceEnded()) {
      return answer;
    }
    Instant now = Instant.now();
    int period = policy.periodDays(lendable.mediaType());
    List<Instant> ends = new ArrayList<>();
    dueDates.forEach(d -> ends.add(d.toInstant()));
    reservations.forEach(r -> ends.add(now.plus(Duration.ofDays(period))));
    return answer.withEstimatedWaitDays(WaitEstimate.days(lendable.copies(), waiting, ends, period, now));
  }
}
