package org.folio.access.stacks.requests;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksRequest;
import org.folio.access.rest.model.StacksRequestInput;
import org.folio.access.stacks.Reader;
import org.folio.access.stacks.StacksErrors;
import org.folio.access.stacks.StacksIds;
import org.folio.access.stacks.items.ItemRepository;
import org.folio.access.stacks.items.ItemRow;
import org.folio.access.stacks.items.ItemService;
import org.folio.access.stacks.settings.RequestRules;
import org.folio.access.stacks.settings.SettingsRepository;

/**
 * Requests for items in closed stores. A placement counts against the user's rate (its own statement), then
 * runs under the user's rate row lock (one placement per user at a time, on any instance) with the item kept
 * from changing; who gets an item is decided by the unique index on open requests, so the database answers
 * racing readers, and the same reader repeating a request gets the same answer.
 */
public final class RequestService {
  private final Db db;
  private final ItemRepository items;
  private final RequestRepository requests;
  private final RateLimitRepository rates;
  private final SettingsRepository settings;
  private final IlsHolds ils;
  private final ItemService itemService;
  private final CurrentRequests current;

  public RequestService(Db db, ItemRepository items, RequestRepository requests, RateLimitRepository rates,
      SettingsRepository settings, IlsHolds ils, ItemService itemService) {
    this.db = db;
    this.itemService = itemService;
    this.items = items;
    this.requests = requests;
    this.rates = rates;
    this.settings = settings;
    this.ils = ils;
    this.current = new CurrentRequests(db, items, requests, ils);
  }

  /** What a placement is decided on, read under the user's lock. */
  record Situation(UUID user, String itemId, RateLimitRepository.Attempt attempt, Optional<ItemRow> item, RequestRules rules,
      int openOfUser, Optional<UUID> holder, Optional<IlsHolds.Account> account) {}

  /**
   * One transaction, three round trips after BEGIN: [count the attempt (locking the user's rate row), the item, the
   * rules, the user's open requests, the item's holder, the ILS connection] pipelined -> decide -> [insert, event]
   * pipelined (-> ILS hold) -> COMMIT. A refusal (over the rate: 429; or decide's 4xx) commits the counted attempt
   * and then fails, so refused attempts count; a failure after the insert (the ILS) rolls everything back.
   */
  public Future<Void> place(String tenant, Reader reader, StacksRequestInput input) {
    String itemId = input.getItem().getId();
    LocalDate pickupDate;
    try {
      pickupDate = pickupDate(input.getPickupDate());
    } catch (ApiError e) {
      return Future.failedFuture(e);
    }
    return reader.self().compose(user -> db.inTransaction(conn -> load(conn, tenant, user, itemId)
            .compose(s -> {
              Future<Boolean> decided = s.attempt().overLimit()
                  ? Future.failedFuture(StacksErrors.tooManyRequests(s.attempt().secondsLeft()))
                  : decide(s, pickupDate, Instant.now());
              if (decided.failed()) {
                return Future.succeededFuture(Optional.of(decided.cause()));
              }
              return decided.result() ? insert(conn, tenant, s, pickupDate).map(Optional.<Throwable>empty())
                  : Future.succeededFuture(Optional.<Throwable>empty());
            }))
        .compose(refusal -> refusal.isPresent() ? Future.failedFuture(refusal.get()) : Future.<Void>succeededFuture()));
  }

  private Future<Situation> load(SqlConnection conn, String tenant, UUID user, String itemId) {
    return Future.all(List.of(rates.count(conn, tenant, user), items.share(conn, tenant, itemId), settings.find(conn, tenant),
            requests.openCountOfUser(conn, tenant, user), requests.holderOf(conn, tenant, itemId), ils.account(conn, tenant)))
        .map(all -> new Situation(user, itemId, all.resultAt(0), all.resultAt(1), all.resultAt(2), all.<Integer>resultAt(3),
            all.resultAt(4), all.resultAt(5)));
  }

  /** True: place a new request; false: the reader has it already (202 again); a failed Future: refused. */
  static Future<Boolean> decide(Situation s, LocalDate pickupDate, Instant now) {
    if (s.item().isEmpty()) {
      return Future.failedFuture(StacksErrors.itemNotFound(s.itemId()));
    }
    ItemRow item = s.item().get();
    if (s.holder().isPresent() && s.holder().get().equals(s.user())) {
      return Future.succeededFuture(false);
    }
    Optional<Requestability.Refusal> refusal = Requestability.refusal(item);
    if (refusal.isPresent()) {
      return Future.failedFuture(refusal.get().error());
    }
    if (s.holder().isPresent()) {
      return Future.failedFuture(StacksErrors.alreadyRequested(item.id()));
    }
    if (!item.available()) {
      return Future.failedFuture(StacksErrors.notAvailable(item.id(), item.statusId()));
    }
    if (s.openOfUser() >= s.rules().holdLimit()) {
      return Future.failedFuture(StacksErrors.holdLimitReached());
    }
    if (pickupDate != null) {
      try {
        refuseUnavailableDate(s.rules(), item, pickupDate, now);
      } catch (ApiError e) {
        return Future.failedFuture(e);
      }
    }
    return Future.succeededFuture(true);
  }

  private static void refuseUnavailableDate(RequestRules rules, ItemRow item, LocalDate pickupDate, Instant now) {
    if (pickupDate.isBefore(now.atZone(rules.zone()).toLocalDate())) {
      throw ApiError.badRequest("VALIDATION_ERROR", "pickupDate must not be in the past", "pickupDate", pickupDate.toString());
    }
    List<LocalDate> dates = new PickupCalendar(rules).availableDates(now, item.ilsLocationCode());
    if (!dates.contains(pickupDate)) {
      throw ApiError.badRequest("VALIDATION_ERROR", "pickupDate must be one of the item's available dates, "
          + dates.get(0) + " to " + dates.get(dates.size() - 1) + " on open days", "pickupDate", pickupDate.toString());
    }
  }

  /**
   * The insert and its event are pipelined (the event is written only when the request row is there); the insert
   * waits for a racing insert of the same item, and losing that race is a 409 (or 202 if it was ours).
   */
  private Future<Void> insert(SqlConnection conn, String tenant, Situation s, LocalDate pickupDate) {
    UUID id = UUID.randomUUID();
    RequestRules rules = s.rules();
    ItemRow item = s.item().orElseThrow();
    Future<Boolean> insert = requests.insertOpen(conn, tenant, new RequestRepository.NewRequest(id, item.id(), s.user(),
        pickupDate, rules.pickupLocationId(), rules.pickupLocationLabel(), null));
    Future<Void> event = StacksEvents.request(conn, tenant, StacksEvents.REQUEST_PLACED, id);
    return Future.all(insert, event).compose(x -> {
      if (!insert.result()) {
        return requests.holderOf(conn, tenant, item.id()).compose(holder -> holder.isPresent() && holder.get().equals(s.user())
            ? Future.<Void>succeededFuture() : Future.<Void>failedFuture(StacksErrors.alreadyRequested(item.id())));
      }
      Optional<IlsHolds.Account> account = s.account();
      return account.isEmpty() ? Future.succeededFuture()
          : account.get().placeHold(s.user(), item, pickupDate, rules.pickupLocationId())
              .compose(y -> readStatusBack(conn, tenant, account.get(), item));
    });
  }

  /**
   * After a hold at the ILS, the item's status as the ILS has it now, stored through the one status change. A
   * failure to read it leaves the stored status (the hold is placed; the next import or read brings it).
   */
  private Future<Void> readStatusBack(SqlConnection conn, String tenant, IlsHolds.Account account, ItemRow item) {
    return account.status(item)
        .compose(status -> status.isEmpty() ? Future.<Void>succeededFuture()
            : itemService.changeStatus(conn, tenant, item.id(), status.get()).<Void>mapEmpty())
        .otherwiseEmpty();
  }

  /**
   * lock -> (not theirs and not staff: 404) -> (cancelled already: done) -> [ILS: cancel the owner's hold on the item]
   * -> cancel -> event. The ILS is asked inside the transaction: when it does not answer, the request stays open
   * (503 + Retry-After) and nothing is written; a hold the ILS no longer has is no obstacle, so a repeat completes.
   */
  public Future<Void> cancel(String tenant, Reader reader, String requestId) {
    UUID id = StacksIds.uuid(requestId);
    return reader.self().compose(user -> ils.account(tenant).compose(account -> db.inTransaction(conn -> (id == null
            ? Future.succeededFuture(Optional.<RequestRow>empty()) : requests.lock(conn, tenant, id))
        .compose(found -> {
          if (found.isEmpty() || !reader.mayCancelFor(found.get().userId())) {
            return Future.failedFuture(StacksErrors.requestNotFound(requestId));
          }
          RequestRow request = found.get();
          if (!request.open()) {
            return Future.succeededFuture();
          }
          String by = request.userId().equals(user) ? "owner" : "staff";
          return cancelAtIls(conn, tenant, account, request)
              .compose(x -> requests.cancel(conn, tenant, id, by))
              .compose(x -> StacksEvents.request(conn, tenant, StacksEvents.REQUEST_CANCELLED, id));
        }))));
  }

  private Future<Void> cancelAtIls(SqlConnection conn, String tenant, Optional<IlsHolds.Account> account, RequestRow request) {
    return account.isEmpty() ? Future.succeededFuture() : items.share(conn, tenant, request.itemId())
        .compose(item -> item.isEmpty() ? Future.succeededFuture() : account.get().cancelHolds(request.userId(), item.get()));
  }

  /** The caller's current requests: from the ILS when the tenant has one, else the local ones. */
  public Future<List<StacksRequest>> currentOf(String tenant, Reader reader) {
    return reader.self().compose(user -> current.of(tenant, user));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return requests.page(db.pool(), tenant, cql, offset, limit);
  }

  private static LocalDate pickupDate(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw ApiError.badRequest("VALIDATION_ERROR", "pickupDate must be a date (yyyy-MM-dd)", "pickupDate", text);
    }
  }
}
