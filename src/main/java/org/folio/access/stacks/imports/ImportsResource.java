package org.folio.access.stacks.imports;

import io.vertx.core.Future;
import org.folio.access.platform.http.OkapiContext;
import org.folio.access.platform.http.Reply;
import org.folio.access.platform.http.Upload;

/** /stacks/imports: HTTP in and out only. */
public final class ImportsResource implements org.folio.access.rest.resource.StacksImports {
  private final ImportService imports;

  public ImportsResource(ImportService imports) {
    this.imports = imports;
  }

  @Override
  public Future<Reply> postStacksImports(Upload entity, OkapiContext okapi) {
    return imports.start(okapi, entity)
        .map(imp -> PostStacksImportsResponse.respond202(imp, "/stacks/imports/" + imp.getId()));
  }

  @Override
  public Future<Reply> getStacksImportsByImportId(String importId, OkapiContext okapi) {
    return imports.status(okapi.tenant(), importId).map(GetStacksImportsByImportIdResponse::respond200);
  }
}
