package org.folio.access.support;

import java.util.ArrayList;
import java.util.List;

/** What a tenant's tables hold, one hash per table: equal before and after means nothing was written. */
public final class TenantTables {
  private TenantTables() {}

  public static String checksum(TestModule module, String tenant) {
    String schema = tenant + "_mod_access_services";
    List<String> parts = new ArrayList<>();
    module.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'", schema)
        .forEach(row -> parts.add("SELECT '" + row.getString(0) + " ' || coalesce(md5(string_agg(t::text, '' ORDER BY t::text)), '') AS h"
            + " FROM \"" + schema + "\".\"" + row.getString(0) + "\" t"));
    return module.sql("SELECT string_agg(h, ',' ORDER BY h) FROM (" + String.join(" UNION ALL ", parts) + ") x")
        .iterator().next().getString(0);
  }

  /** The tables whose hash differs between two checksums. */
  public static List<String> changed(String before, String after) {
    List<String> was = List.of(before.split(","));
    List<String> changed = new ArrayList<>();
    for (String table : after.split(",")) {
      if (!was.contains(table)) {
        changed.add(table.substring(0, table.indexOf(' ')));
      }
    }
    return changed;
  }
}
