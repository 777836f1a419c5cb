package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.folio.access.circulation.CirculationErrors;
import org.folio.access.circulation.CirculationEvents;
import org.folio.access.circulation.Ids;
import org.folio.access.platform.db.CqlCollection;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.EcontentGroup;

/** Groups of patrons that lendables can be lent to, and their members. */
public final class GroupService {
  private static final String NAME_INDEX = "econtent_groups_name_idx";
  private final Db db;
  private final GroupRepository groups;
  private final GroupLoanRepository groupLoans;

  public GroupService(Db db, GroupRepository groups, GroupLoanRepository groupLoans) {
    this.db = db;
    this.groups = groups;
    this.groupLoans = groupLoans;
  }

  public Future<String> create(String tenant, EcontentGroup group) {
    UUID id = group.getId() == null ? UUID.randomUUID() : UUID.fromString(group.getId());
    return groups.insert(db.pool(), tenant, id, group.getName(), group.getDescription())
        .recover(e -> CirculationErrors.whenDuplicate(e, NAME_INDEX, nameTaken(group.getName())))
        .recover(e -> CirculationErrors.whenDuplicate(e, "econtent_groups_pkey", ApiError.conflict("DUPLICATE", "Group " + id + " exists")));
  }

  public Future<String> update(String tenant, String groupId, EcontentGroup group) {
    UUID id = Ids.uuid(groupId);
    if (group.getId() != null && !group.getId().equalsIgnoreCase(groupId)) {
      return Future.failedFuture(ApiError.invalid("id", group.getId(), "id differs from the path"));
    }
    return (id == null ? Future.succeededFuture(Optional.<String>empty())
            : groups.update(db.pool(), tenant, id, group.getName(), group.getDescription()))
        .recover(e -> CirculationErrors.whenDuplicate(e, NAME_INDEX, nameTaken(group.getName())))
        .compose(doc -> found(doc, groupId));
  }

  public Future<String> get(String tenant, String groupId) {
    UUID id = Ids.uuid(groupId);
    return (id == null ? Future.succeededFuture(Optional.<String>empty()) : groups.find(db.pool(), tenant, id))
        .compose(doc -> found(doc, groupId));
  }

  public Future<CqlCollection.Page> list(String tenant, String cql, long offset, long limit) {
    return groups.page(db.pool(), tenant, cql, offset, limit);
  }

  /** The group's loans end (with their events), then the group and its members go. */
  public Future<Void> delete(String tenant, String groupId) {
    UUID id = Ids.uuid(groupId);
    if (id == null) {
      return Future.failedFuture(notFound(groupId));
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
        .compose(x -> groups.delete(conn, tenant, id))
        .compose(deleted -> deleted ? Future.<Void>succeededFuture() : Future.failedFuture(notFound(groupId))));
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

  private static Future<String> found(Optional<String> doc, String groupId) {
    return doc.isPresent() ? Future.succeededFuture(doc.get()) : Future.failedFuture(notFound(groupId));
  }

  private static ApiError notFound(String groupId) {
    return ApiError.notFound("No group " + groupId);
  }

  private static ApiError nameTaken(String name) {
    return ApiError.conflict("GROUP_NAME_TAKEN", "A group is already called " + name);
  }
}
