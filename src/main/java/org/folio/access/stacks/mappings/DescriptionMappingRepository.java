package org.folio.access.stacks.mappings;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.stream.IntStream;
import org.folio.access.circulation.Rows;
import org.folio.access.platform.db.Schemas;
import org.folio.access.rest.model.StacksDescriptionMapping;
import org.folio.access.rest.model.StacksLabel;

/** stacks_description_mappings: the ordered rules location type + item location + OPAC message -> description. */
public final class DescriptionMappingRepository {
  public Future<List<StacksDescriptionMapping>> all(SqlClient client, String tenant) {
    return client.preparedQuery("SELECT location_type, ils_location, opac_message, description_id, description_label,"
            + " access_status FROM " + table(tenant) + " ORDER BY position").execute()
        .map(rows -> Rows.each(rows, r -> new StacksDescriptionMapping()
            .withLocationType(StacksDescriptionMapping.LocationType.fromValue(r.getString("location_type")))
            .withIlsLocation(r.getString("ils_location")).withOpacMessage(r.getString("opac_message"))
            .withDescription(r.getString("description_id") == null ? null
                : new StacksLabel().withId(r.getString("description_id")).withLabel(r.getString("description_label")))
            .withAccessStatus(r.getString("access_status") == null ? null
                : StacksDescriptionMapping.AccessStatus.fromValue(r.getString("access_status")))));
  }

  /** Adds the rules when the table is empty (reference data: enabling again changes nothing). */
  public Future<Void> addWhenEmpty(SqlClient client, String tenant, List<StacksDescriptionMapping> rules) {
    return insert(client, tenant, rules, " WHERE NOT EXISTS (SELECT 1 FROM " + table(tenant) + ")");
  }

  public Future<Void> replace(SqlClient client, String tenant, List<StacksDescriptionMapping> rules) {
    return client.query("DELETE FROM " + table(tenant)).execute().compose(x -> insert(client, tenant, rules, ""));
  }

  private Future<Void> insert(SqlClient client, String tenant, List<StacksDescriptionMapping> rules, String condition) {
    return client.preparedQuery("INSERT INTO " + table(tenant) + " (position, location_type, ils_location, opac_message,"
            + " description_id, description_label, access_status)"
            + " SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])"
            + condition)
        .execute(Tuple.from(new Object[] {
            IntStream.range(0, rules.size()).boxed().toArray(Integer[]::new),
            rules.stream().map(m -> m.getLocationType().value()).toArray(String[]::new),
            rules.stream().map(StacksDescriptionMapping::getIlsLocation).toArray(String[]::new),
            rules.stream().map(StacksDescriptionMapping::getOpacMessage).toArray(String[]::new),
            rules.stream().map(m -> m.getDescription() == null ? null : m.getDescription().getId()).toArray(String[]::new),
            rules.stream().map(m -> m.getDescription() == null ? null : labelOf(m.getDescription())).toArray(String[]::new),
            rules.stream().map(m -> m.getAccessStatus() == null ? null : m.getAccessStatus().value()).toArray(String[]::new)}))
        .mapEmpty();
  }

  private static String labelOf(StacksLabel label) {
    return label.getLabel() == null ? label.getId() : label.getLabel();
  }

  static String table(String tenant) {
    return Schemas.table(tenant, "stacks_description_mappings");
  }
}
