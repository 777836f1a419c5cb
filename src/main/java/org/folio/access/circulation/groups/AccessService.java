package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.Caller;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EcontentAccess;

/** Whether the calling patron may read a lendable now: through their own open loan or a group loan, whichever lasts longer. */
public final class AccessService {
  private final Db db;
  private final LendableRepository lendables;
  private final LoanRepository loans;
  private final GroupLoanRepository groupLoans;

  public AccessService(Db db, LendableRepository lendables, LoanRepository loans, GroupLoanRepository groupLoans) {
    this.db = db;
    this.lendables = lendables;
    this.loans = loans;
    this.groupLoans = groupLoans;
  }

  public Future<EcontentAccess> of(String tenant, Caller caller, String resourceId) {
    return caller.self().compose(patron -> lendables.find(db.pool(), tenant, resourceId)
        .compose(lendable -> lendable.isEmpty() ? Future.failedFuture(CirculationErrors.lendableNotFound(resourceId))
            : Future.all(loans.current(db.pool(), tenant, patron, resourceId), groupLoans.grantOf(db.pool(), tenant, patron, resourceId))
                .map(all -> answer(resourceId, patron, all.resultAt(0), all.resultAt(1)))));
  }

  static EcontentAccess answer(String resourceId, UUID patron, Optional<LoanRepository.Current> loan,
      Optional<GroupLoanRepository.Grant> grant) {
    EcontentAccess access = new EcontentAccess().withResourceId(resourceId).withPatronId(patron.toString());
    OffsetDateTime loanUntil = loan.map(LoanRepository.Current::dueDate).orElse(null);
    OffsetDateTime grantUntil = grant.map(GroupLoanRepository.Grant::until).orElse(null);
    if (loanUntil != null && (grantUntil == null || !grantUntil.isAfter(loanUntil))) {
      return access.withAccess(true).withUntil(loanUntil.toInstant().toString()).withVia(EcontentAccess.Via.LOAN)
          .withLoanId(loan.get().id().toString());
    }
    if (grantUntil != null) {
      GroupLoanRepository.Grant g = grant.get();
      return access.withAccess(true).withUntil(grantUntil.toInstant().toString()).withVia(EcontentAccess.Via.GROUP_LOAN)
          .withGroupLoanId(g.id().toString()).withGroupId(g.groupId() == null ? null : g.groupId().toString());
    }
    return access.withAccess(false);
  }
}
