package org.folio.access.stacks.ils;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.connectors.sierra.SierraAccount;
import org.folio.access.connectors.sierra.SierraClient;
import org.folio.access.connectors.sierra.SierraHold;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.items.ItemStatus;
import org.folio.access.stacks.requests.IlsHolds;

/** Holds at the tenant's Sierra ILS, when the tenant configured and enabled a connection. */
public final class SierraHolds implements IlsHolds {
  private final Db db;
  private final IlsSettingsRepository settings;
  private final SierraClient sierra;

  public SierraHolds(Db db, IlsSettingsRepository settings, SierraClient sierra) {
    this.db = db;
    this.settings = settings;
    this.sierra = sierra;
  }

  @Override
  public Future<Optional<Account>> account(String tenant) {
    return account(db.pool(), tenant);
  }

  @Override
  public Future<Optional<Account>> account(SqlClient client, String tenant) {
    return settings.find(client, tenant).map(found -> found.filter(IlsConnection::enabled)
        .map(c -> new SierraAccount(tenant + "|" + c.baseUrl() + "|" + c.clientKey(), c.baseUrl(), c.clientKey(),
            c.clientSecret(), c.patronFieldTag()))
        .map(TenantAccount::new));
  }

  /** One tenant's account: the user is found as an ILS patron first. */
  private final class TenantAccount implements Account {
    private final SierraAccount account;

    TenantAccount(SierraAccount account) {
      this.account = account;
    }

    @Override
    public Future<Void> placeHold(UUID user, ItemRow item, LocalDate pickupDate, String pickupLocation) {
      if (item.ilsRecordNumber() == null) {
        return Future.failedFuture(ApiError.conflict("NOT_IN_ILS",
            "Item " + item.id() + " has no ILS record number; it cannot be held there"));
      }
      return sierra.patronId(account, user.toString())
          .compose(patron -> sierra.placeHold(account, patron, item.ilsRecordNumber(), pickupLocation, pickupDate));
    }

    @Override
    public Future<Void> cancelHolds(UUID user, ItemRow item) {
      if (item.ilsRecordNumber() == null) {
        return Future.succeededFuture();
      }
      return sierra.knownPatronId(account, user.toString())
          .compose(patron -> sierra.holds(account, patron))
          .compose(holds -> {
            Future<Void> chain = Future.succeededFuture();
            for (SierraHold h : holds) {
              if ("i".equals(h.recordType()) && item.ilsRecordNumber().equals(h.recordNumber())) {
                chain = chain.compose(x -> sierra.cancelHold(account, h.id()));
              }
            }
            return chain;
          })
          .recover(e -> e instanceof ApiError api && api.status() == 404 ? Future.succeededFuture() : Future.failedFuture(e));
    }

    @Override
    public Future<Optional<ItemStatus>> status(ItemRow item) {
      return item.ilsRecordNumber() == null ? Future.succeededFuture(Optional.empty())
          : statuses(List.of(item.ilsRecordNumber())).map(found -> Optional.ofNullable(found.get(item.ilsRecordNumber())));
    }

    @Override
    public Future<java.util.Map<String, ItemStatus>> statuses(List<String> recordNumbers) {
      return sierra.itemStatuses(account, recordNumbers).map(statuses -> {
        java.util.Map<String, ItemStatus> found = new java.util.HashMap<>();
        statuses.forEach(s -> found.put(s.recordNumber(), new ItemStatus(s.code(), s.display() == null ? s.code() : s.display(),
            s.dueDate() == null ? null : OffsetDateTime.parse(s.dueDate()))));
        return found;
      });
    }

    @Override
    public Future<List<Hold>> holds(UUID user) {
      return sierra.patronId(account, user.toString()).compose(patron -> sierra.holds(account, patron))
          .map(holds -> holds.stream().filter(h -> "i".equals(h.recordType())).map(SierraHolds::hold).toList());
    }
  }

  private static Hold hold(SierraHold h) {
    return new Hold(h.id(), h.recordNumber(), h.notNeededAfterDate(), h.pickupLocationCode(), h.pickupLocationName(),
        h.statusCode(), h.statusName());
  }
}
