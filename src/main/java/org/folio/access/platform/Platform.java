package org.folio.access.platform;

import io.vertx.core.Vertx;
import org.folio.access.platform.db.Db;

/** The shared parts a domain is built from. */
public record Platform(Vertx vertx, Db db, Config config) {}
