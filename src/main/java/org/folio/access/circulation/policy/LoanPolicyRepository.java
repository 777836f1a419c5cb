package org.folio.access.circulation.policy;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.EcontentLoanPolicy;

/** The one policy row of a tenant. */
public final class LoanPolicyRepository {

  /** The stored policy, or the defaults. */
  public Future<LoanPolicy> find(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT jsonb::text AS doc FROM " + Schemas.table(tenant, "econtent_loan_policy"))
        .execute()
        .map(rows -> rows.size() == 0 ? LoanPolicy.defaults()
            : new LoanPolicy(Jsonb.read(rows.iterator().next(), "doc", EcontentLoanPolicy.class)));
  }

  public Future<LoanPolicy> save(SqlClient client, String tenant, EcontentLoanPolicy policy) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_loan_policy") + " (id, jsonb)"
            + " VALUES (1, $1" + Jsonb.CAST + ") ON CONFLICT (id) DO UPDATE SET jsonb = EXCLUDED.jsonb, updated_at = now()")
        .execute(Tuple.of(Jsonb.write(policy))).map(x -> new LoanPolicy(policy));
  }
}
