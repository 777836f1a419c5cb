package org.folio.access.eholdings.kbart;

import org.folio.access.platform.Platform;

/** Builds the KBART import's parts once at start-up: the HTTP resource and the background job share the repositories. */
public final class KbartImports {
  private final KbartImportsResource resource;
  private final KbartImportJob job;

  public KbartImports(Platform platform) {
    KbartStagingRepository staging = new KbartStagingRepository();
    KbartImportRepository imports = new KbartImportRepository();
    KbartReceiver receiver = new KbartReceiver(platform.db().pool(), staging, platform.config().uploadLimitBytes());
    this.resource = new KbartImportsResource(new KbartImportService(platform.db(), receiver, staging, imports));
    this.job = new KbartImportJob(platform.vertx(), platform.db().pool(), imports, new KbartMerge.Repositories(
        new KbartMergeRepository(), new KbartRemovalRepository(), new KbartProgressRepository(), staging));
  }

  public KbartImportsResource resource() {
    return resource;
  }

  public KbartImportJob job() {
    return job;
  }
}
