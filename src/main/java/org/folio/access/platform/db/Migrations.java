package org.folio.access.platform.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forward-only, versioned migrations of one schema. The files of a set are listed, in order, in
 * db/&lt;set&gt;/migrations.txt; each applied version is recorded in the schema's schema_version table, so
 * enabling again applies nothing and an upgrade from any release applies every listed version it lacks
 * (not only those above its highest: work merged from parallel branches may add a lower number). A transaction-
 * scoped advisory lock keeps two module instances from migrating the same schema at once.
 */
public final class Migrations {
  private final String set;
  private final List<Migration> migrations;

  /** One migration: its version (from the V001__ prefix), file name and SQL. */
  public record Migration(int version, String file, String sql) {}

  public Migrations(String set) {
    this.set = set;
    this.migrations = load(set);
  }

  public List<Migration> all() {
    return migrations;
  }

  /** Applies the missing migrations to the schema inside the caller's transaction; answers what it applied. */
  public Future<List<String>> apply(SqlConnection conn, String schema) {
    String q = "\"" + schema + "\"";
    return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(schema))
        .compose(x -> conn.query("CREATE SCHEMA IF NOT EXISTS " + q).execute())
        .compose(x -> conn.query("CREATE TABLE IF NOT EXISTS " + q + ".schema_version"
            + " (version int PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())").execute())
        .compose(x -> conn.query("SELECT version FROM " + q + ".schema_version").execute())
        .compose(rows -> {
          Set<Integer> done = new HashSet<>();
          rows.forEach(row -> done.add(row.getInteger("version")));
          return applyMissing(conn, schema, done);
        });
  }

  private Future<List<String>> applyMissing(SqlConnection conn, String schema, Set<Integer> done) {
    List<String> applied = new ArrayList<>();
    Future<Void> chain = conn.query("SET LOCAL search_path TO \"" + schema + "\", public").execute().mapEmpty();
    for (Migration m : migrations) {
      if (done.contains(m.version())) {
        continue;
      }
      chain = chain
          .compose(x -> conn.query(m.sql()).execute())
          .compose(x -> conn.preparedQuery("INSERT INTO \"" + schema + "\".schema_version (version, file) VALUES ($1, $2)")
              .execute(Tuple.of(m.version(), m.file())))
          .map(x -> {
            applied.add(m.file());
            return null;
          });
    }
    return chain.compose(x -> conn.query("SET LOCAL search_path TO DEFAULT").execute()).map(x -> applied);
  }

  private static List<Migration> load(String set) {
    List<Migration> list = new ArrayList<>();
    for (String file : read("db/" + set + "/migrations.txt").split("\\R")) {
      String name = file.trim();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
      if (!list.isEmpty() && version <= list.get(list.size() - 1).version()) {
        throw new IllegalStateException("Migrations of " + set + " are not in increasing order at " + name);
      }
      list.add(new Migration(version, name, read("db/" + set + "/" + name)));
    }
    return List.copyOf(list);
  }

  static String read(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
