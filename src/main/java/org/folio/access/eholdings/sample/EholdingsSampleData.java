package org.folio.access.eholdings.sample;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.folio.access.platform.tenant.TenantDataLoader;

/**
 * loadSample for the knowledge base: the generated sample (SampleGenerator) written in a handful of
 * set-based statements inside the enable transaction. Enabling again adds nothing: every insert skips what
 * is there, and custom titles are only added with their custom package.
 */
public final class EholdingsSampleData implements TenantDataLoader {
  private static final SampleKnowledgeBase SAMPLE = SampleGenerator.generate(SampleGenerator.SEED);
  private final SampleRepository repository = new SampleRepository();

  @Override
  public String name() {
    return "eholdings-sample";
  }

  @Override
  public Future<Void> loadSample(SqlConnection conn, String tenant) {
    return new SampleLoad(conn, tenant, SAMPLE, repository).run();
  }
}
