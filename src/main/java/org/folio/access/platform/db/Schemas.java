package org.folio.access.platform.db;

/** Schema names: one per tenant, and one for the module's own bookkeeping (tenant jobs, job queue). */
public final class Schemas {
  public static final String PLATFORM = "mod_access_services_platform";
  private static final String SUFFIX = "_mod_access_services";

  private Schemas() {}

  /** The tenant's schema; the tenant id was checked against ^[a-z][a-z0-9]{0,30}$ at the edge. */
  public static String of(String tenant) {
    return tenant + SUFFIX;
  }

  /** A schema-qualified, quoted table name for SQL text. */
  public static String table(String tenant, String table) {
    return "\"" + of(tenant) + "\"." + table;
  }
}
