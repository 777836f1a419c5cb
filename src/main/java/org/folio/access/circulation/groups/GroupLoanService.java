package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Document;
import org.folio.access.circulation.Ids;
import org.folio.access.circulation.lendables.LendableRepository;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentGroupLoan;

/** Lending unlimited-licence lendables to a group or a patron until a given time; renewing means a new end. */
public final class GroupLoanService {
  private final Db db;
  private final GroupLoanRepository groupLoans;
  private final GroupRepository groups;
  private final LendableRepository lendables;

  public GroupLoanService(Db db, GroupLoanRepository groupLoans, GroupRepository groups, LendableRepository lendables) {
    this.db = db;
    this.groupLoans = groupLoans;
    this.groups = groups;
    this.lendables = lendables;
  }

  /** checkBorrower -> checkEnd -> refuseUnlessUnlimited -> refuseUnknownGroup -> insert -> recordEvent. */
  public Future<Document> lend(String tenant, EcontentGroupLoan request) {
    if ((request.getGroupId() == null) == (request.getPatronId() == null)) {
      return Future.failedFuture(ApiError.invalid("groupId", request.getGroupId(), "give either groupId or patronId"));
    }
    UUID groupId = request.getGroupId() == null ? null : UUID.fromString(request.getGroupId());
    UUID patronId = request.getPatronId() == null ? null : UUID.fromString(request.getPatronId());
    String resourceId = request.getResourceId();
    return futureEnd(request.getExpiresAt()).compose(expires -> db.inTransaction(conn ->
        lendables.find(conn, tenant, resourceId)
            .compose(lendable -> lendable.isEmpty() ? Future.failedFuture(CirculationErrors.notLendable(resourceId))
                : lendable.get().unlimited() ? Future.succeededFuture()
                : Future.failedFuture(CirculationErrors.notLendableToGroup(resourceId)))
            .compose(x -> groupId == null ? Future.succeededFuture(Optional.of("")) : groups.find(conn, tenant, groupId))
            .compose(group -> group.isPresent() ? Future.succeededFuture()
                : Future.failedFuture(ApiError.invalid("groupId", request.getGroupId(), "No group " + groupId)))
            .compose(x -> groupLoans.insert(conn, tenant, UUID.randomUUID(), resourceId, groupId, patronId, expires))
            .compose(doc -> CirculationEvents.record(conn, tenant, CirculationEvents.GROUP_LOAN_CREATED, "groupLoan",
                doc.id(), doc.json()).map(doc))))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_group_loans_group_idx", alreadyLent()))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_group_loans_patron_idx", alreadyLent()));
  }

  public Future<Document> renew(String tenant, String groupLoanId, String expiresAt) {
    UUID id = Ids.uuid(groupLoanId);
    return futureEnd(expiresAt).compose(expires -> id == null ? Future.failedFuture(notFound(groupLoanId))
        : db.inTransaction(conn -> groupLoans.renew(conn, tenant, id, expires)
            .compose(doc -> doc.isEmpty() ? Future.failedFuture(notFound(groupLoanId))
                : CirculationEvents.record(conn, tenant, CirculationEvents.GROUP_LOAN_CHANGED, "groupLoan",
                    groupLoanId, doc.get().json()).map(doc.get()))));
  }

  public Future<Void> end(String tenant, String groupLoanId) {
    UUID id = Ids.uuid(groupLoanId);
    return id == null ? Future.failedFuture(notFound(groupLoanId))
        : db.inTransaction(conn -> groupLoans.delete(conn, tenant, id)
            .compose(doc -> doc.isEmpty() ? Future.failedFuture(notFound(groupLoanId))
                : CirculationEvents.record(conn, tenant, CirculationEvents.GROUP_LOAN_ENDED, "groupLoan",
                    groupLoanId, doc.get().json())));
  }

  public Future<Document> get(String tenant, String groupLoanId) {
    UUID id = Ids.uuid(groupLoanId);
    return (id == null ? Future.succeededFuture(Optional.<Document>empty()) : groupLoans.find(db.pool(), tenant, id))
        .compose(doc -> doc.isPresent() ? Future.succeededFuture(doc.get()) : Future.failedFuture(notFound(groupLoanId)));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return groupLoans.page(db.pool(), tenant, cql, offset, limit);
  }

  /** An ISO 8601 date-time in the future. */
  private static Future<OffsetDateTime> futureEnd(String expiresAt) {
    try {
      OffsetDateTime expires = OffsetDateTime.parse(expiresAt);
      return expires.isAfter(OffsetDateTime.now()) ? Future.succeededFuture(expires)
          : Future.failedFuture(ApiError.invalid("expiresAt", expiresAt, "expiresAt must be in the future"));
    } catch (DateTimeParseException e) {
      return Future.failedFuture(ApiError.invalid("expiresAt", expiresAt,
          "expiresAt must be an ISO 8601 date-time with offset, e.g. 2025-06-30T17:00:00Z"));
    }
  }

  private static ApiError notFound(String groupLoanId) {
    return ApiError.notFound("No group loan " + groupLoanId);
  }

  private static ApiError alreadyLent() {
    return ApiError.conflict("ALREADY_LENT", "The lendable is already lent to that group or patron; renew it with PUT");
  }
}
