package org.folio.access.circulation.policy;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.folio.access.platform.db.Jsonb;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.EcontentLoanPolicy;

/**
 * The one policy row of a tenant. Every read asks the database, in the caller's transaction, for the row's
 * version (its xmin, new with every write, whichever instance wrote it) and gets the document only when that
 * differs from the version this instance decoded last: a checkout no longer transfers and decodes the policy,
 * and a change made through any instance counts from the next read on.
 */
public final class LoanPolicyRepository {
  private static final String NO_POLICY = "";
  private final Map<String, Versioned> decoded = new ConcurrentHashMap<>();

  /** A policy as decoded, with the version of the row it came from ("" for the defaults: no row). */
  private record Versioned(String version, LoanPolicy policy) {}

  /** The stored policy, or the defaults. */
  public Future<LoanPolicy> find(SqlClient client, String tenant) {
    Versioned known = decoded.get(tenant);
    String knownVersion = known == null ? null : known.version();
    return client.preparedQuery("SELECT xmin::text AS version, CASE WHEN xmin::text = $1 THEN NULL ELSE jsonb::text END AS doc"
            + " FROM " + Schemas.table(tenant, "econtent_loan_policy"))
        .execute(Tuple.of(knownVersion))
        .map(rows -> {
          if (rows.size() == 0) {
            return remember(tenant, known, NO_POLICY, null);
          }
          Row row = rows.iterator().next();
          return remember(tenant, known, row.getString("version"), row.getString("doc") == null ? null : row);
        });
  }

  private LoanPolicy remember(String tenant, Versioned known, String version, Row changed) {
    if (known != null && known.version().equals(version)) {
      return known.policy();
    }
    LoanPolicy policy = changed == null ? LoanPolicy.defaults()
        : new LoanPolicy(Jsonb.read(changed, "doc", EcontentLoanPolicy.class));
    decoded.put(tenant, new Versioned(version, policy));
    return policy;
  }

  public Future<LoanPolicy> save(SqlClient client, String tenant, EcontentLoanPolicy policy) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_loan_policy") + " (id, jsonb)"
            + " VALUES (1, $1" + Jsonb.CAST + ") ON CONFLICT (id) DO UPDATE SET jsonb = EXCLUDED.jsonb, updated_at = now()")
        .execute(Tuple.of(Jsonb.write(policy))).map(x -> new LoanPolicy(policy));
  }
}
