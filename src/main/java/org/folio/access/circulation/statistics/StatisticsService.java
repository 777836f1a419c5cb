package org.folio.access.circulation.statistics;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.http.QueryParam;
import org.folio.access.rest.model.EcontentStatistics;
import org.folio.access.rest.model.EcontentStatisticsCounts;

/** Circulation statistics per period: checks the days asked for, counts, adds the totals. */
public final class StatisticsService {
  static final int MAX_PERIODS = 1000;
  private final Db db;
  private final StatisticsRepository statistics;

  public StatisticsService(Db db, StatisticsRepository statistics) {
    this.db = db;
    this.statistics = statistics;
  }

  public Future<EcontentStatistics> count(String tenant, String from, String to, String period) {
    try {
      LocalDate first = day("from", from);
      LocalDate last = day("to", to);
      if (first.isAfter(last)) {
        throw QueryParam.incorrect("from", from, "must not be after to (" + to + ")");
      }
      if (periods(first, last, period) > MAX_PERIODS) {
        throw QueryParam.incorrect("period", period, "gives more than " + MAX_PERIODS + " periods from " + from
            + " to " + to + "; choose a longer period or fewer days");
      }
      return statistics.perPeriod(db.pool(), tenant, first, last, period)
          .map(counts -> new EcontentStatistics().withPeriod(EcontentStatistics.Period.fromValue(period))
              .withPeriods(counts).withTotals(totals(counts, from, to)));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** Periods the days fall in (an upper bound for weeks and months is enough to refuse a huge answer). */
  static long periods(LocalDate first, LocalDate last, String period) {
    return switch (period) {
      case "day" -> ChronoUnit.DAYS.between(first, last) + 1;
      case "week" -> ChronoUnit.DAYS.between(first, last) / 7 + 2;
      case "month" -> ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
      default -> last.getYear() - first.getYear() + 1L;
    };
  }

  static EcontentStatisticsCounts totals(List<EcontentStatisticsCounts> counts, String from, String to) {
    EcontentStatisticsCounts sum = new EcontentStatisticsCounts().withStart(from).withEnd(to).withCheckouts(0)
        .withRenewals(0).withReturns(0).withExpiries(0).withHoldsPlaced(0).withHoldsFulfilled(0).withHoldsCancelled(0)
        .withGroupLoans(0);
    for (EcontentStatisticsCounts c : counts) {
      sum.withCheckouts(sum.getCheckouts() + c.getCheckouts()).withRenewals(sum.getRenewals() + c.getRenewals())
          .withReturns(sum.getReturns() + c.getReturns()).withExpiries(sum.getExpiries() + c.getExpiries())
          .withHoldsPlaced(sum.getHoldsPlaced() + c.getHoldsPlaced())
          .withHoldsFulfilled(sum.getHoldsFulfilled() + c.getHoldsFulfilled())
          .withHoldsCancelled(sum.getHoldsCancelled() + c.getHoldsCancelled())
          .withGroupLoans(sum.getGroupLoans() + c.getGroupLoans());
    }
    return sum;
  }

  private static LocalDate day(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw QueryParam.incorrect(name, value, "must be a date YYYY-MM-DD");
    }
  }
}
