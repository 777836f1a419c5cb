package org.folio.access.stacks.mappings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.folio.access.platform.json.Json;
import org.folio.access.platform.tenant.TenantDataLoader;
import org.folio.access.rest.model.StacksLocationMappings;

/**
 * Reference data of the stacks area (loadReference=true): the mapping tables of the seed (ILS location codes
 * to location types; location type, location and OPAC message to descriptions). Codes already mapped and a
 * description table already filled are kept, so a tenant's edits survive enabling again.
 */
public final class StacksReferenceData implements TenantDataLoader {
  static final String FILE = "/reference/stacks/location-mappings.json";
  private final LocationTypeMappingRepository types;
  private final DescriptionMappingRepository descriptions;
  private final StacksLocationMappings tables = read();

  public StacksReferenceData(LocationTypeMappingRepository types, DescriptionMappingRepository descriptions) {
    this.types = types;
    this.descriptions = descriptions;
  }

  @Override
  public String name() {
    return "stacks";
  }

  @Override
  public Future<Void> loadReference(SqlConnection conn, String tenant) {
    return types.addMissing(conn, tenant, tables.getLocationTypes())
        .compose(x -> descriptions.addWhenEmpty(conn, tenant, tables.getDescriptions()));
  }

  private static StacksLocationMappings read() {
    try (InputStream in = StacksReferenceData.class.getResourceAsStream(FILE)) {
      return Json.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8), StacksLocationMappings.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
