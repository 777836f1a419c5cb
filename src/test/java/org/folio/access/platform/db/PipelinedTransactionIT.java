package org.folio.access.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.folio.access.platform.Config;
import org.folio.access.support.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Db.inPipelinedTransaction on a real PostgreSQL, with a pool of one connection: what the work wrote is committed
 * only when it succeeds, and the connection always goes back to the pool outside any transaction.
 */
class PipelinedTransactionIT {
  private static final String TABLE = "public.pipelined_" + UUID.randomUUID().toString().replace("-", "");
  private static Db db;

  @BeforeAll
  static void start() {
    TestModule module = TestModule.get();
    Config c = module.config();
    db = Db.connect(module.vertx(), new Config(c.httpPort(), c.dbHost(), c.dbPort(), c.dbUser(), c.dbPassword(),
        c.dbDatabase(), 1, c.dbQueryTimeoutMs(), c.dataDir(), c.bodyLimitBytes(), c.uploadLimitBytes(), false,
        c.httpInstances(), c.nativeTransport(), c.outboxRetentionDays(), c.jobConcurrency(), c.contentStore()));
    db.pool().query("CREATE TABLE " + TABLE + " (n integer PRIMARY KEY)").execute().await();
  }

  @AfterAll
  static void stop() {
    db.pool().query("DROP TABLE " + TABLE).execute().await();
    db.close().await();
  }

  @Test
  void theWorkIsCommittedWhenItSucceeds() {
    assertEquals(1, db.inPipelinedTransaction(tx -> insert(tx, 1)).await());
    assertEquals(2, db.inPipelinedTransaction(tx -> {
      Future<Integer> inserted = insert(tx, 2);
      tx.commit();
      return inserted;
    }).await());
    assertTrue(present(1) && present(2));
    assertOutsideATransaction();
  }

  @Test
  void theWorkIsRolledBackWhenItFails() {
    assertThrows(IllegalStateException.class, () -> db.inPipelinedTransaction(tx -> insert(tx, 10)
        .compose(x -> Future.failedFuture(new IllegalStateException("refused")))).await());
    assertTrue(!present(10));
    assertOutsideATransaction();
  }

  @Test
  void aStatementFailingBeforeThePipelinedCommitWritesNothing() {
    db.inPipelinedTransaction(tx -> insert(tx, 20)).await();
    PgException duplicate = assertThrows(PgException.class, () -> db.inPipelinedTransaction(tx -> {
      Future<Integer> first = insert(tx, 21);
      Future<Integer> again = insert(tx, 20);
      tx.commit();
      return Future.all(first, again).map(21);
    }).await());
    assertEquals("23505", duplicate.getSqlState());
    assertTrue(!present(21));
    assertOutsideATransaction();
  }

  private static Future<Integer> insert(Pipelined tx, int n) {
    return tx.conn().preparedQuery("INSERT INTO " + TABLE + " (n) VALUES ($1)").execute(Tuple.of(n)).map(n);
  }

  private static boolean present(int n) {
    return db.pool().preparedQuery("SELECT 1 FROM " + TABLE + " WHERE n = $1").execute(Tuple.of(n)).await().size() == 1;
  }

  /** Two statements on the pool's only connection run in two transactions, not in one left open. */
  private static void assertOutsideATransaction() {
    Object first = db.pool().query("SELECT txid_current()").execute().await().iterator().next().getValue(0);
    Object second = db.pool().query("SELECT txid_current()").execute().await().iterator().next().getValue(0);
    assertNotEquals(first, second);
  }
}
