package org.folio.access.ill.consortium;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.rest.model.IllConsortiumExchangeResult;
import org.folio.access.rest.resource.IllConsortiumExchangeRun;

/** /ill/consortium-exchange/run: HTTP in and out only. */
public final class ExchangeRunResource implements IllConsortiumExchangeRun {
  private final ConsortiumDomain.Runner runner;

  ExchangeRunResource(ConsortiumDomain.Runner runner) {
    this.runner = runner;
  }

  @Override
  public Future<Reply> postIllConsortiumExchangeRun(OkapiContext okapi) {
    return runner.run(okapi.tenant()).map(r -> PostIllConsortiumExchangeRunResponse.respond200(r));
  }
}
