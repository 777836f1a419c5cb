package org.folio.access.ill.consortium.agreements;

import io.vertx.core.Future;
import java.util.List;
import org.folio.access.ill.consortium.exchange.ConsortiumView;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllConsortium;
import org.folio.access.rest.model.IllConsortiumCollection;
import org.folio.access.rest.model.IllConsortiumInvitation;
import org.folio.access.rest.model.IllConsortiumMember;
import org.folio.access.rest.model.IllConsortiumPost;
import org.folio.access.rest.resource.IllConsortia;

/** /ill/consortia: HTTP in and out only. */
public final class ConsortiaResource implements IllConsortia {
  private final ConsortiaService consortia;

  public ConsortiaResource(ConsortiaService consortia) {
    this.consortia = consortia;
  }

  @Override
  public Future<Reply> postIllConsortia(IllConsortiumPost entity, OkapiContext okapi) {
    return consortia.create(okapi.tenant(), entity.getName(), entity.getMembers())
        .map(c -> PostIllConsortiaResponse.respond201(model(c)));
  }

  @Override
  public Future<Reply> getIllConsortia(OkapiContext okapi) {
    return consortia.list(okapi.tenant()).map(all -> GetIllConsortiaResponse.respond200(new IllConsortiumCollection()
        .withConsortia(all.stream().map(ConsortiaResource::model).toList()).withTotalRecords(all.size())));
  }

  @Override
  public Future<Reply> getIllConsortiaByConsortiumId(String consortiumId, OkapiContext okapi) {
    return consortia.get(okapi.tenant(), consortiumId).map(c -> GetIllConsortiaByConsortiumIdResponse.respond200(model(c)));
  }

  @Override
  public Future<Reply> postIllConsortiaByConsortiumIdInvite(String consortiumId, IllConsortiumInvitation entity, OkapiContext okapi) {
    return consortia.invite(okapi.tenant(), consortiumId, entity.getTenant())
        .map(c -> PostIllConsortiaByConsortiumIdInviteResponse.respond200(model(c)));
  }

  @Override
  public Future<Reply> postIllConsortiaByConsortiumIdAccept(String consortiumId, OkapiContext okapi) {
    return consortia.accept(okapi.tenant(), consortiumId).map(c -> PostIllConsortiaByConsortiumIdAcceptResponse.respond200(model(c)));
  }

  @Override
  public Future<Reply> postIllConsortiaByConsortiumIdLeave(String consortiumId, OkapiContext okapi) {
    return consortia.leave(okapi.tenant(), consortiumId).map(x -> PostIllConsortiaByConsortiumIdLeaveResponse.respond204());
  }

  static IllConsortium model(ConsortiumView c) {
    List<IllConsortiumMember> members = c.members().stream().map(m -> new IllConsortiumMember().withTenant(m.tenant())
        .withState(IllConsortiumMember.State.fromValue(m.state())).withPosition(m.position())).toList();
    return new IllConsortium().withId(c.id().toString()).withName(c.name()).withCreatedBy(c.createdBy())
        .withState(IllConsortium.State.fromValue(c.state())).withMembers(members)
        .withCreatedDate(org.folio.access.ill.consortium.Dates.iso(c.createdAt()));
  }
}
