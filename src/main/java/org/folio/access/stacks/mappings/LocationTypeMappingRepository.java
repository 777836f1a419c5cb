package org.folio.access.stacks.mappings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.StacksLocationTypeMapping;

/** stacks_location_type_mappings: ILS bib location code -> location type. */
public final class LocationTypeMappingRepository {
  public Future<List<StacksLocationTypeMapping>> all(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT ils_code, location_type FROM " + table(tenant) + " ORDER BY ils_code").execute()
        .map(rows -> Rows.each(rows, r -> new StacksLocationTypeMapping().withIlsCode(r.getString("ils_code"))
            .withLocationType(StacksLocationTypeMapping.LocationType.fromValue(r.getString("location_type")))));
  }

  /** Adds the rows whose code is not mapped yet (reference data: enabling again changes nothing). */
  public Future<Void> addMissing(SqlClient client, String tenant, List<StacksLocationTypeMapping> rows) {
    return insert(client, tenant, rows, " ON CONFLICT (ils_code) DO NOTHING");
  }

  public Future<Void> replace(SqlClient client, String tenant, List<StacksLocationTypeMapping> rows) {
    return client.query("DELETE FROM " + table(tenant)).execute().compose(x -> insert(client, tenant, rows, ""));
  }

  private Future<Void> insert(SqlClient client, String tenant, List<StacksLocationTypeMapping> rows, String onConflict) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (ils_code, location_type)"
            + " SELECT * FROM unnest($1::text[], $2::text[])" + onConflict)
        .execute(Tuple.tuple().addArrayOfString(rows.stream().map(StacksLocationTypeMapping::getIlsCode).toArray(String[]::new))
            .addArrayOfString(rows.stream().map(m -> m.getLocationType().value()).toArray(String[]::new)))
        .mapEmpty();
  }

  private static String table(String tenant) {
    return Schemas.table(tenant, "stacks_location_type_mappings");
  }
}
