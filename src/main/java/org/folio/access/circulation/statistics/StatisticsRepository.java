package org.folio.access.circulation.statistics;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.EcontentStatisticsCounts;

/**
 * Read-only counts over econtent_loans, econtent_holds and econtent_group_loans per period (UTC days). It
 * counts rows, never patrons: a record keeps counting after anonymisation took its patron id.
 */
public final class StatisticsRepository {

  /** One entry per period (day, week, month or year) from `from` to `to` inclusive, cut to those days. */
  public Future<List<EcontentStatisticsCounts>> perPeriod(SqlClient client, String tenant, LocalDate from, LocalDate to,
      String period) {
    String loans = Schemas.table(tenant, "econtent_loans");
    String holds = Schemas.table(tenant, "econtent_holds");
    String groupLoans = Schemas.table(tenant, "econtent_group_loans");
    String within = " >= p.lo AND %s < p.hi";
    return client.preparedQuery("WITH s AS (SELECT g AS start FROM generate_series(date_trunc($3, $1::timestamp),"
            + " $2::timestamp, ('1 ' || $3)::interval) g),"
            + " p AS (SELECT greatest(start, $1::timestamp) AT TIME ZONE 'UTC' AS lo,"
            + " least(start + ('1 ' || $3)::interval, $2::timestamp + interval '1 day') AT TIME ZONE 'UTC' AS hi FROM s)"
            + " SELECT to_char(p.lo AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first_day,"
            + " to_char((p.hi AT TIME ZONE 'UTC') - interval '1 day', 'YYYY-MM-DD') AS last_day,"
            + " l.checkouts, l.renewals, r.returns, r.expiries, h.placed, c.fulfilled, c.cancelled, gl.made"
            + " FROM p"
            + " CROSS JOIN LATERAL (SELECT count(*) AS checkouts, coalesce(sum(renewal_count), 0) AS renewals FROM " + loans
            + " WHERE loan_date" + within.formatted("loan_date") + ") l"
            + " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE close_reason = 'returned') AS returns,"
            + " count(*) FILTER (WHERE close_reason = 'expired') AS expiries FROM " + loans
            + " WHERE return_date" + within.formatted("return_date") + ") r"
            + " CROSS JOIN LATERAL (SELECT count(*) AS placed FROM " + holds
            + " WHERE request_date" + within.formatted("request_date") + ") h"
            + " CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'fulfilled') AS fulfilled,"
            + " count(*) FILTER (WHERE status = 'cancelled') AS cancelled FROM " + holds
            + " WHERE closed_date" + within.formatted("closed_date") + ") c"
            + " CROSS JOIN LATERAL (SELECT count(*) AS made FROM " + groupLoans
            + " WHERE created_at" + within.formatted("created_at") + ") gl"
            + " ORDER BY p.lo")
        .execute(Tuple.of(from.atStartOfDay(), to.atStartOfDay(), period))
        .map(rows -> Rows.each(rows, r -> new EcontentStatisticsCounts()
            .withStart(r.getString("first_day")).withEnd(r.getString("last_day"))
            .withCheckouts(r.getLong("checkouts").intValue()).withRenewals(r.getLong("renewals").intValue())
            .withReturns(r.getLong("returns").intValue()).withExpiries(r.getLong("expiries").intValue())
            .withHoldsPlaced(r.getLong("placed").intValue()).withHoldsFulfilled(r.getLong("fulfilled").intValue())
            .withHoldsCancelled(r.getLong("cancelled").intValue()).withGroupLoans(r.getLong("made").intValue())));
  }
}
