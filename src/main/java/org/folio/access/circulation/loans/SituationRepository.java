package org.folio.access.circulation.loans;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.PatronRepository;
import org.folio.access.circulation.PatronStanding;
import org.folio.access.circulation.lendables.Lendable;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.circulation.policy.LoanPolicy;
import org.folio.access.circulation.policy.LoanPolicyRepository;
import org.folio.access.platform.db.Schemas;

/**
 * What a checkout is decided on, in one statement made of its owners' statements: the lendable
 * (LendableRepository), the loan policy's version (LoanPolicyRepository) and the patron's standing
 * (PatronRepository). It reads only; sent after the patron's lock, it sees what committed before that.
 */
final class SituationRepository {
  private final LoanPolicyRepository policies;

  SituationRepository(LoanPolicyRepository policies) {
    this.policies = policies;
  }

  /** The lendable (empty when there is none), the policy and the patron's standing. */
  record Read(Optional<Lendable> lendable, LoanPolicy policy, PatronStanding standing) {}

  Future<Read> read(SqlClient client, String tenant, UUID patron, String resourceId) {
    LoanPolicyRepository.Versioned known = policies.known(tenant);
    return client.preparedQuery("SELECT s.*, " + LendableRepository.COLUMNS_OF_L + ", p.policy_version, p.policy_doc"
            + " FROM (" + PatronRepository.standingSql(tenant, "$1", "$2") + ") s"
            + " LEFT JOIN " + Schemas.table(tenant, "econtent_lendables") + " l ON l.resource_id = $2"
            + " LEFT JOIN (" + LoanPolicyRepository.versionSql(tenant, "$3") + ") p ON true")
        .execute(Tuple.of(patron, resourceId, LoanPolicyRepository.Versioned.of(known)))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Read(LendableRepository.lendableOf(row), policies.fromRow(tenant, known, row),
              PatronRepository.standingOf(patron, row));
        });
  }
}
