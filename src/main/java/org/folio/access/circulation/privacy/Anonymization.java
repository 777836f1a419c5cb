package org.folio.access.circulation.privacy;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.function.Function;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.groups.GroupLoanRepository;
import org.folio.access.circulation.holds.HoldRepository;
import org.folio.access.circulation.loans.LoanRepository;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.Db;
import org.folio.access.rest.model.EcontentAnonymizationResult;

/**
 * Patron privacy, run by a timer: closed loans, fulfilled or cancelled holds and expired one-patron group
 * loans lose their patron id once closed for the policy's anonymizeClosedAfterDays; outbox events go after
 * the retention. Each batch is one statement claiming its rows with SKIP LOCKED, so instances share the work.
 */
public final class Anonymization {
  static final int BATCH = 500;
  /** Batches per kind and run; what is left waits for the next run, a minute later. */
  static final int MAX_BATCHES = 20;
  private final Db db;
  private final LoanPolicyRepository policies;
  private final LoanRepository loans;
  private final HoldRepository holds;
  private final GroupLoanRepository groupLoans;
  private final int outboxRetentionDays;

  public Anonymization(Db db, LoanPolicyRepository policies, LoanRepository loans, HoldRepository holds,
      GroupLoanRepository groupLoans, int outboxRetentionDays) {
    this.db = db;
    this.policies = policies;
    this.loans = loans;
    this.holds = holds;
    this.groupLoans = groupLoans;
    this.outboxRetentionDays = outboxRetentionDays;
  }

  public Future<EcontentAnonymizationResult> run(String tenant) {
    EcontentAnonymizationResult result = new EcontentAnonymizationResult();
    return policies.find(db.pool(), tenant).map(p -> p.anonymizeClosedAfterDays()).compose(days ->
        drain(c -> loans.anonymizeClosed(c, tenant, days, BATCH)).map(result::withLoans)
            .compose(x -> drain(c -> holds.anonymizeClosed(c, tenant, days, BATCH))).map(result::withHolds)
            .compose(x -> drain(c -> groupLoans.anonymizeExpired(c, tenant, days, BATCH))).map(result::withGroupLoans)
            .compose(x -> drain(c -> CirculationEvents.prune(c, tenant, outboxRetentionDays, BATCH)))
            .map(result::withOutboxEvents));
  }

  /** Runs full batches until one comes back short or the run's share is done; how many rows in all. */
  private Future<Integer> drain(Function<SqlClient, Future<Integer>> batch) {
    return next(batch, 0, 0);
  }

  private Future<Integer> next(Function<SqlClient, Future<Integer>> batch, int done, int rounds) {
    return batch.apply(db.pool()).compose(n -> n < BATCH || rounds + 1 >= MAX_BATCHES
        ? Future.succeededFuture(done + n) : next(batch, done + n, rounds + 1));
  }
}
