package org.folio.access.circulation.policy;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.EcontentLoanPolicy;
import org.folio.access.rest.resource.EcontentLoanPolicy.GetEcontentLoanPolicyResponse;
import org.folio.access.rest.resource.EcontentLoanPolicy.PutEcontentLoanPolicyResponse;

/** GET|PUT /econtent/loan-policy. The schema checks every rule, so there is no service between. */
public final class LoanPolicyResource implements org.folio.access.rest.resource.EcontentLoanPolicy {
  private final Pool pool;
  private final LoanPolicyRepository policies;

  public LoanPolicyResource(Pool pool, LoanPolicyRepository policies) {
    this.pool = pool;
    this.policies = policies;
  }

  @Override
  public Future<Reply> getEcontentLoanPolicy(OkapiContext okapi) {
    return policies.find(pool, okapi.tenant()).map(p -> GetEcontentLoanPolicyResponse.respond200(p.document()));
  }

  @Override
  public Future<Reply> putEcontentLoanPolicy(EcontentLoanPolicy entity, OkapiContext okapi) {
    return policies.save(pool, okapi.tenant(), entity).map(p -> PutEcontentLoanPolicyResponse.respond200(p.document()));
  }
}
