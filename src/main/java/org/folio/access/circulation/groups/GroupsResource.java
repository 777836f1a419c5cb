package org.folio.access.circulation.groups;

import io.vertx.core.Future;
import org.folio.access.circulation.Pages;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.json.Json;
import org.folio.access.rest.model.EcontentGroup;
import org.folio.access.rest.model.EcontentGroupCollection;
import org.folio.access.rest.model.EcontentGroupMembers;
import org.folio.access.rest.resource.EcontentGroups;

/** /econtent/groups: HTTP in and out only. */
public final class GroupsResource implements EcontentGroups {
  private final GroupService groups;

  public GroupsResource(GroupService groups) {
    this.groups = groups;
  }

  @Override
  public Future<Reply> postEcontentGroups(EcontentGroup entity, OkapiContext okapi) {
    return groups.create(okapi.tenant(), entity)
        .map(doc -> PostEcontentGroupsResponse.respond201(Json.decode(doc, EcontentGroup.class)));
  }

  @Override
  public Future<Reply> getEcontentGroups(String query, Long offset, Long limit, OkapiContext okapi) {
    return groups.list(okapi.tenant(), query, offset, limit).map(page -> GetEcontentGroupsResponse.respond200(
        new EcontentGroupCollection().withGroups(Pages.items(page, EcontentGroup.class)).withTotalRecords(Pages.total(page))));
  }

  @Override
  public Future<Reply> getEcontentGroupsByGroupId(String groupId, OkapiContext okapi) {
    return groups.get(okapi.tenant(), groupId)
        .map(doc -> GetEcontentGroupsByGroupIdResponse.respond200(Json.decode(doc, EcontentGroup.class)));
  }

  @Override
  public Future<Reply> putEcontentGroupsByGroupId(String groupId, EcontentGroup entity, OkapiContext okapi) {
    return groups.update(okapi.tenant(), groupId, entity)
        .map(doc -> PutEcontentGroupsByGroupIdResponse.respond200(Json.decode(doc, EcontentGroup.class)));
  }

  @Override
  public Future<Reply> deleteEcontentGroupsByGroupId(String groupId, OkapiContext okapi) {
    return groups.delete(okapi.tenant(), groupId).map(x -> DeleteEcontentGroupsByGroupIdResponse.respond204());
  }

  @Override
  public Future<Reply> getEcontentGroupsByGroupIdMembers(String groupId, OkapiContext okapi) {
    return groups.members(okapi.tenant(), groupId).map(members -> GetEcontentGroupsByGroupIdMembersResponse.respond200(
        new EcontentGroupMembers().withMembers(members.stream().map(Object::toString).toList()).withTotalRecords(members.size())));
  }

  @Override
  public Future<Reply> putEcontentGroupsByGroupIdMembersByPatronId(String groupId, String patronId, OkapiContext okapi) {
    return groups.addMember(okapi.tenant(), groupId, patronId)
        .map(x -> PutEcontentGroupsByGroupIdMembersByPatronIdResponse.respond204());
  }

  @Override
  public Future<Reply> deleteEcontentGroupsByGroupIdMembersByPatronId(String groupId, String patronId, OkapiContext okapi) {
    return groups.removeMember(okapi.tenant(), groupId, patronId)
        .map(x -> DeleteEcontentGroupsByGroupIdMembersByPatronIdResponse.respond204());
  }
}
