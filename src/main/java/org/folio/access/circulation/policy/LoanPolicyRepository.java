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
  public record Versioned(String version, LoanPolicy policy) {
    /** The version to send to versionSql (null: none decoded yet). */
    public static String of(Versioned known) {
      return known == null ? null : known.version();
    }
  }

  /** The stored policy, or the defaults. */
  public Future<LoanPolicy> find(SqlClient client, String tenant) {
    Versioned known = known(tenant);
    return client.preparedQuery(versionSql(tenant, "$1"))
        .execute(Tuple.of(Versioned.of(known)))
        .map(rows -> fromRow(tenant, known, rows.size() == 0 ? null : rows.iterator().next()));
  }

  /**
   * The statement of find as a part of a larger one (joined `ON true`): one row with the columns
   * policy_version and policy_doc (the document only when the version differs from the known one, given in the
   * parameter `versionParam`), none without a stored policy. Read with fromRow.
   */
  public static String versionSql(String tenant, String versionParam) {
    return "SELECT xmin::text AS policy_version, CASE WHEN xmin::text = " + versionParam
        + " THEN NULL ELSE jsonb::text END AS policy_doc FROM " + Schemas.table(tenant, "econtent_loan_policy");
  }

  /** The policy this instance decoded last (null: none yet); its version goes to versionSql. */
  public Versioned known(String tenant) {
    return decoded.get(tenant);
  }

  /**
   * The policy of a row with versionSql's columns (no row or a null policy_version: no stored policy, the
   * defaults); known is what was known when the statement was sent.
   */
  public LoanPolicy fromRow(String tenant, Versioned known, Row row) {
    String version = row == null ? null : row.getString("policy_version");
    if (version == null) {
      return remember(tenant, known, NO_POLICY, null);
    }
    return remember(tenant, known, version, row.getString("policy_doc") == null ? null : row);
  }

  private LoanPolicy remember(String tenant, Versioned known, String version, Row changed) {
    if (known != null && known.version().equals(version)) {
      return known.policy();
    }
    LoanPolicy policy = changed == null ? LoanPolicy.defaults()
        : new LoanPolicy(Jsonb.read(changed, "policy_doc", EcontentLoanPolicy.class));
    decoded.put(tenant, new Versioned(version, policy));
    return policy;
  }

  public Future<LoanPolicy> save(SqlClient client, String tenant, EcontentLoanPolicy policy) {
    return client.preparedQuery("INSERT INTO " + Schemas.table(tenant, "econtent_loan_policy") + " (id, jsonb)"
            + " VALUES (1, $1" + Jsonb.CAST + ") ON CONFLICT (id) DO UPDATE SET jsonb = EXCLUDED.jsonb, updated_at = now()")
        .execute(Tuple.of(Jsonb.write(policy))).map(x -> new LoanPolicy(policy));
  }
}
