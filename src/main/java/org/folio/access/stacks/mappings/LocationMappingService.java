package org.folio.access.stacks.mappings;

import io.vertx.core.Future;
import java.util.HashSet;
import java.util.Set;
import org.folio.access.platform.db.Db;
import org.folio.access.platform.errors.ApiError;
import org.folio.access.rest.model.StacksLocationMappings;
import org.folio.access.rest.model.StacksLocationTypeMapping;

/** The mapping tables: read both, or replace both in one transaction after checking them. */
public final class LocationMappingService {
  private final Db db;
  private final LocationTypeMappingRepository types;
  private final DescriptionMappingRepository descriptions;

  public LocationMappingService(Db db, LocationTypeMappingRepository types, DescriptionMappingRepository descriptions) {
    this.db = db;
    this.types = types;
    this.descriptions = descriptions;
  }

  public Future<StacksLocationMappings> get(String tenant) {
    return Future.all(types.all(db.pool(), tenant), descriptions.all(db.pool(), tenant))
        .map(all -> new StacksLocationMappings().withLocationTypes(all.resultAt(0)).withDescriptions(all.resultAt(1)));
  }

  public Future<StacksLocationMappings> replace(String tenant, StacksLocationMappings tables) {
    Set<String> codes = new HashSet<>();
    for (StacksLocationTypeMapping m : tables.getLocationTypes()) {
      if (!codes.add(m.getIlsCode())) {
        return Future.failedFuture(ApiError.invalid("locationTypes.ilsCode", m.getIlsCode(), "ilsCode " + m.getIlsCode()
            + " is mapped twice"));
      }
    }
    return db.inTransaction(conn -> types.replace(conn, tenant, tables.getLocationTypes())
            .compose(x -> descriptions.replace(conn, tenant, tables.getDescriptions())))
        .compose(x -> get(tenant));
  }
}
