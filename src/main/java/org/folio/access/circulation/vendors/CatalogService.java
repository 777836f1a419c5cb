package org.folio.access.circulation.vendors;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.folio.access.connectors.oneclick.OneClickClient;
import org.folio.access.connectors.oneclick.OneClickModel.Title;
import org.folio.access.eholdings.kbart.KbartFeed;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.jobs.JobProgress;

/**
 * An account's catalog: the whole catalog asked once (media/all) and stored; deltas (media/delta, in ranges the
 * vendor allows) applied to it; availability changes; then publish: the e-books and e-audiobooks go through
 * the KBART merge into the account's managed package (unchanged titles are not written) and owned titles
 * become vendor lendables. An empty catalog or delta answer changes nothing.
 */
public final class CatalogService {
  static final int STORE_BATCH = 5000;
  /** The vendor keeps deltas for a couple of months: ranges start at most this many days back, a month each. */
  static final int DELTA_REACH_DAYS = 60;
  static final int DELTA_RANGE_DAYS = 30;
  private final Db db;
  private final CatalogRepository catalog;
  private final OneClickClient vendor;
  private final KbartFeed kbart;

  public CatalogService(Db db, CatalogRepository catalog, OneClickClient vendor, KbartFeed kbart) {
    this.db = db;
    this.catalog = catalog;
    this.vendor = vendor;
    this.kbart = kbart;
  }

  /**
   * The full import: asks the vendor only when never imported (or forced); a retried job goes on from what is
   * stored. A catalog answer with no usable title is refused (the job completes with phase refused): nothing
   * changes, and the next import asks again.
   */
  public Future<JsonObject> importAll(VendorAccount account, boolean force, JobProgress progress) {
    long start = System.nanoTime();
    JsonObject report = new JsonObject().put("vendorId", account.id().toString()).put("kind", "catalog-import");
    return catalog.state(db.pool(), account.tenant(), account.id())
        .compose(state -> state.importedAt() != null && !force ? skip(report.put("asked", false))
            : vendor.catalog(account.oneClick())
                .recover(e -> VendorErrors.answer(e, account, ""))
                .compose(titles -> store(account, titles, report.put("asked", true), progress))
                .compose(stored -> stored ? catalog.fetched(db.pool(), account.tenant(), account.id()) : skip(report)))
        .compose(x -> "refused".equals(report.getString("phase")) ? skip(report) : publish(account, report, progress))
        .map(x -> rate(report, start));
  }

  /** Changes since the last delta (or the import), in ranges; then publish when anything changed. */
  public Future<JsonObject> delta(VendorAccount account, JobProgress progress) {
    long start = System.nanoTime();
    JsonObject report = new JsonObject().put("vendorId", account.id().toString()).put("kind", "catalog-delta")
        .put("changed", 0).put("removed", 0).put("ranges", 0);
    return catalog.state(db.pool(), account.tenant(), account.id()).compose(state -> {
      if (state.importedAt() == null) {
        return Future.failedFuture(new IllegalStateException("The catalog of vendor account " + account.id() + " was never imported"));
      }
      LocalDate from = state.deltaUntil() != null ? state.deltaUntil() : state.importedAt().toLocalDate();
      LocalDate earliest = today().minusDays(DELTA_REACH_DAYS);
      if (from.isBefore(earliest)) {
        report.put("gap", "changes before " + earliest + " are beyond the vendor's delta reach: a forced full import catches them");
        from = earliest;
      }
      return ranges(account, from, report, progress)
          .compose(x -> report.getInteger("changed") + report.getInteger("removed") > 0 ? publish(account, report, progress)
              : Future.succeededFuture())
          .compose(x -> catalog.deltaApplied(db.pool(), account.tenant(), account.id(), today()))
          .map(x -> rate(report, start));
    });
  }

  /** Availability of every title, written only where it changed. */
  public Future<JsonObject> availability(VendorAccount account) {
    return vendor.availability(account.oneClick())
        .recover(e -> VendorErrors.answer(e, account, ""))
        .compose(list -> {
          String[] isbns = list.stream().map(a -> a.isbn()).toArray(String[]::new);
          Boolean[] available = list.stream().map(a -> Boolean.TRUE.equals(a.available())).toArray(Boolean[]::new);
          return catalog.availability(db.pool(), account.tenant(), account.id(), isbns, available)
              .map(changed -> new JsonObject().put("vendorId", account.id().toString()).put("kind", "availability")
                  .put("checked", isbns.length).put("changed", changed));
        });
  }

  private Future<Void> ranges(VendorAccount account, LocalDate from, JsonObject report, JobProgress progress) {
    LocalDate today = today();
    if (from.isAfter(today)) {
      return Future.succeededFuture();
    }
    LocalDate end = from.plusDays(DELTA_RANGE_DAYS).isAfter(today) ? today : from.plusDays(DELTA_RANGE_DAYS);
    return vendor.delta(account.oneClick(), from, end)
        .recover(e -> VendorErrors.answer(e, account, ""))
        .compose(delta -> catalog.upsert(db.pool(), account.tenant(), account.id(), titles(delta.changed()))
            .compose(changed -> catalog.remove(db.pool(), account.tenant(), account.id(), delta.removed())
                .map(removed -> report.put("changed", report.getInteger("changed") + changed)
                    .put("removed", report.getInteger("removed") + removed)
                    .put("ranges", report.getInteger("ranges") + 1).put("until", end.toString()))))
        .compose(progress::report)
        .compose(x -> end.equals(today) ? Future.succeededFuture() : ranges(account, end.plusDays(1), report, progress));
  }

  /** Stores the fetched catalog a batch at a time (reporting after each); false when it holds no usable title. */
  private Future<Boolean> store(VendorAccount account, List<Title> fetched, JsonObject report, JobProgress progress) {
    List<CatalogTitle> titles = titles(fetched);
    report.put("titlesRead", fetched.size()).put("titlesKept", titles.size()).put("titlesStored", 0).put("phase", "storing");
    if (titles.isEmpty()) {
      report.put("phase", "refused").put("reason", "the vendor's catalog answer holds no usable title: nothing changed");
      return Future.succeededFuture(false);
    }
    return storeFrom(account, titles, 0, report, progress).map(true);
  }

  private Future<Void> storeFrom(VendorAccount account, List<CatalogTitle> titles, int from, JsonObject report, JobProgress progress) {
    if (from >= titles.size()) {
      return Future.succeededFuture();
    }
    int to = Math.min(titles.size(), from + STORE_BATCH);
    return catalog.upsert(db.pool(), account.tenant(), account.id(), titles.subList(from, to))
        .compose(x -> progress.report(report.put("titlesStored", to)))
        .compose(x -> storeFrom(account, titles, to, report, progress));
  }

  /** The kept titles as KBART lines through the merge into the account's package, then the lendables. */
  private Future<Void> publish(VendorAccount account, JsonObject report, JobProgress progress) {
    String tenant = account.tenant();
    return catalog.kbartLines(db.pool(), tenant, account.id())
        .compose(lines -> {
          List<String> all = new ArrayList<>(lines.size() + 1);
          all.add(CatalogRepository.kbartHeader());
          all.addAll(lines);
          progress.report(report.put("phase", "merging").put("kbartLines", lines.size()));
          return kbart.importLines(tenant, account.name(), account.name() + " catalog", "Mixed Content", all.iterator());
        })
        .compose(queued -> progress.report(report.put("kbartImportId", queued.importId().toString())
                .put("providerId", queued.providerId()).put("packageId", queued.packageId()))
            .compose(x -> kbart.merge(tenant, queued, merge -> progress.report(report.put("merge", merge))))
            .compose(merge -> progress.report(report.put("merge", merge)))
            .compose(x -> catalog.makeLendables(db.pool(), tenant, account.id(), queued.packageId()))
            .compose(made -> catalog.dropLendables(db.pool(), tenant, account.id()).map(dropped -> {
              report.put("lendablesDropped", dropped);
              return made;
            }))
            .compose(lendables -> {
              report.put("lendablesMadeOrChanged", lendables).put("phase", "done");
              return catalog.published(db.pool(), tenant, account.id(), queued.providerId(), queued.packageId());
            }));
  }

  private static Future<Void> skip(JsonObject report) {
    return Future.succeededFuture();
  }

  private static List<CatalogTitle> titles(List<Title> fetched) {
    return fetched.stream().map(CatalogTitle::of).filter(Objects::nonNull).toList();
  }

  private static JsonObject rate(JsonObject report, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    report.put("seconds", Math.round(seconds * 10) / 10.0);
    int titles = report.getInteger("titlesKept", report.getInteger("kbartLines", 0));
    if (seconds > 0 && titles > 0) {
      report.put("titlesPerSecond", Math.round(titles / seconds));
    }
    return report;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
