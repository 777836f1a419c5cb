package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Ids;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentGroup;

/** Groups of patrons that lendables can be lent to, and their members. */
public final class GroupService {
  private final Db db;
  private final GroupRepository groups;
  private final GroupLoanRepository groupLoans;

  public GroupService(Db db, GroupRepository groups, GroupLoanRepository groupLoans) {
    this.db = db;
    this.groups = groups;
    this.groupLoans = groupLoans;
  }

  public Future<String> create(String tenant, EcontentGroup group) {
    return groups.records().create(db.pool(), tenant, group.getId(), group.getName(), group.getDescription());
  }

  public Future<String> update(String tenant, String groupId, EcontentGroup group) {
    return groups.records().update(db.pool(), tenant, groupId, group.getId(), group.getName(), group.getDescription());
  }

  public Future<String> get(String tenant, String groupId) {
    return groups.records().get(db.pool(), tenant, groupId);
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return groups.records().page(db.pool(), tenant, cql, offset, limit);
  }

  /** The group's loans end (with their events), then the group and its members go. */
  public Future<Void> delete(String tenant, String groupId) {
    UUID id = Ids.uuid(groupId);
    if (id == null) {
      return Future.failedFuture(groups.records().notFound(groupId));
    }
    return db.inTransaction(conn -> groupLoans.deleteOfGroup(conn, tenant, id)
        .compose(ended -> {
          Future<Void> events = Future.succeededFuture();
          for (var doc : ended) {
            events = events.compose(x -> CirculationEvents.record(conn, tenant, CirculationEvents.GROUP_LOAN_ENDED,
                "groupLoan", doc.id(), doc.json()));
          }
          return events;
        })
        .compose(x -> groups.records().delete(conn, tenant, groupId)));
  }

  public Future<List<UUID>> members(String tenant, String groupId) {
    return get(tenant, groupId).compose(x -> groups.members(db.pool(), tenant, UUID.fromString(groupId)));
  }

  public Future<Void> addMember(String tenant, String groupId, String patronId) {
    return patron(patronId).compose(patron -> get(tenant, groupId)
        .compose(x -> groups.addMember(db.pool(), tenant, UUID.fromString(groupId), patron)));
  }

  public Future<Void> removeMember(String tenant, String groupId, String patronId) {
    return patron(patronId).compose(patron -> get(tenant, groupId)
        .compose(x -> groups.removeMember(db.pool(), tenant, UUID.fromString(groupId), patron))
        .compose(removed -> removed ? Future.<Void>succeededFuture()
            : Future.failedFuture(ApiError.notFound("Patron " + patronId + " is not a member of group " + groupId))));
  }

  private static Future<UUID> patron(String patronId) {
    UUID patron = Ids.uuid(patronId);
    return patron == null
        ? Future.failedFuture(ApiError.badRequest("INVALID_PATRON_ID", "patronId must be a UUID", "patronId", patronId))
        : Future.succeededFuture(patron);
  }
}
