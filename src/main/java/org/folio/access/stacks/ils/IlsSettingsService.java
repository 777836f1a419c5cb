package org.folio.access.stacks.ils;

import io.vertx.core.Future;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksIlsSettings;

/** The tenant's ILS connection: the secret is written, never answered (masked), and a masked secret keeps the stored one. */
public final class IlsSettingsService {
  public static final String MASK = "********";
  private final Db db;
  private final IlsSettingsRepository settings;

  public IlsSettingsService(Db db, IlsSettingsRepository settings) {
    this.db = db;
    this.settings = settings;
  }

  public Future<StacksIlsSettings> get(String tenant) {
    return settings.find(db.pool(), tenant).compose(found -> found.isEmpty()
        ? Future.failedFuture(ApiError.notFound("No ILS connection: holds are local"))
        : Future.succeededFuture(document(found.get())));
  }

  public Future<StacksIlsSettings> put(String tenant, StacksIlsSettings d) {
    String secret = d.getClientSecret() == null || MASK.equals(d.getClientSecret()) ? null : d.getClientSecret();
    String base = d.getBaseUrl().endsWith("/") ? d.getBaseUrl().substring(0, d.getBaseUrl().length() - 1) : d.getBaseUrl();
    IlsConnection connection = new IlsConnection(d.getKind() == null ? "sierra" : d.getKind().value(), base, d.getClientKey(),
        secret, d.getPatronFieldTag() == null ? "u" : d.getPatronFieldTag(), d.getEnabled() == null || d.getEnabled());
    return settings.find(db.pool(), tenant).compose(stored -> stored.isEmpty() && secret == null
            ? Future.failedFuture(ApiError.invalid("clientSecret", null, "clientSecret is needed for a first connection"))
            : settings.save(db.pool(), tenant, connection))
        .map(IlsSettingsService::document);
  }

  static StacksIlsSettings document(IlsConnection c) {
    return new StacksIlsSettings().withKind(StacksIlsSettings.Kind.fromValue(c.kind())).withBaseUrl(c.baseUrl())
        .withClientKey(c.clientKey()).withClientSecret(MASK).withPatronFieldTag(c.patronFieldTag()).withEnabled(c.enabled());
  }
}
