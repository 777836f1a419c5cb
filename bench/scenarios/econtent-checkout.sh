# Scenario "econtent-checkout": e-content checkout and return cycles, 32 patrons at a time (wrk connections).
#
# Each wrk connection alternates (per thread, through a queue of loans to give back):
#   POST /econtent/loans {resourceId}            a new patron (X-Okapi-User-Id) borrows one of 1,000 e-books
#   POST /econtent/loans/{id}/return             that patron returns it (no holds wait: the copy goes back)
# so the figures are of checkouts and returns half and half. Each is one transaction of the module, in two round
# trips ([...] = one pipeline: sent at once, run by the server in order):
#   checkout: [BEGIN, patron advisory lock, one statement reading the lendable, the policy version and the patron's
#             standing]; [one statement taking a copy, inserting the loan RETURNING its document and its outbox
#             event, COMMIT]
#   return:   [BEGIN, loan and its lendable FOR UPDATE (one statement), one statement closing the loan RETURNING its
#             document, writing its outbox event, locking the first waiting hold with the count of waiting holds and,
#             with none waiting, giving the copy back]; [COMMIT]
#
# Data: 1,000 eholdings resources 1-1-n (provider 1, package 1, title n), each a one-copy-one-user lendable
# with 5 copies, so that copies never run out (at most 32 loans are open at a time).

source "$BENCH_DIR/scenarios/econtent.inc"
CHECKOUT_TITLES=1000

SCENARIO_DESCRIPTION="POST /econtent/loans then POST /econtent/loans/{id}/return, over $CHECKOUT_TITLES e-books with 5 copies"
SCENARIO_CHECK_PATH=/econtent/availability/1-1-1
# Measured on a warm instance, as a production one is: on this 2-core machine the JIT's C2 thread was still busy
# compiling the request path 30 s into the checkouts (see bench/README.md).
SCENARIO_WARMUP_SECONDS=60

scenario_setup() {
  econtent_books 1 1 "$CHECKOUT_TITLES" 5 0
  bench_psql -c "VACUUM ANALYZE $S.econtent_lendables" -c "VACUUM ANALYZE $S.resources"
  log "econtent-checkout: $(bench_psql -At -c "SELECT count(*) FROM $S.econtent_lendables WHERE resource_id LIKE '1-1-%'") lendables"
}

# wrk: a thread's connections share one Lua state; a 201 puts the loan (id, patron) in the thread's queue and
# the next request of any of its connections returns it. Patrons are new for every checkout (run, thread, counter).
SCENARIO_WRK_LUA=$(cat <<LUA
$ECONTENT_LUA_PRELUDE
local pending = {}
local counter = 0
function request()
  local loan = table.remove(pending, 1)
  if loan then
    return wrk.format("POST", "/econtent/loans/" .. loan[1] .. "/return", patron_headers(loan[2]), "")
  end
  counter = counter + 1
  local patron = new_patron(counter)
  local body = string.format('{"resourceId":"1-1-%d"}', math.random(1, $CHECKOUT_TITLES))
  return wrk.format("POST", "/econtent/loans", patron_headers(patron), body)
end
function response(status, headers, body)
  if status == 201 then
    table.insert(pending, { string.match(body, '"id":%s*"([^"]+)"'), string.match(body, '"patronId":%s*"([^"]+)"') })
  end
end
LUA
)

# Floor: the module's statements, prepared, in the same transactions and pipelines; each pgbench transaction is
# one request (a client alternates checkout and return through its variables, as a wrk connection does). Extra work
# of the floor: the server builds the resource id ('1-1-' || n), the patron's uuid (a random one per checkout) and
# the loan's id (the module makes it in Java) from numbers. pgbench ends a pipeline with one Sync, the module's
# driver sends one per statement (the server answers each at once): that is the client's way, not other work.
RESOURCE="'1-1-' || :n::text"
LOAN_LENDABLE_COLUMNS=${ECONTENT_LENDABLE_COLUMNS/resource_id,/l.resource_id,}
SCENARIO_FLOOR_DEFINES=("${ECONTENT_FLOOR_DEFINES[@]}")
SCENARIO_FLOOR_SQL=$(cat <<SQL
\if :phase = 0
\set p random(1, 999999999999)
\set id random(1, 999999999999)
\set n random(1, $CHECKOUT_TITLES)
\startpipeline
BEGIN;
$ECONTENT_PATRON_LOCK
SELECT s.*, $LOAN_LENDABLE_COLUMNS, p.policy_version, p.policy_doc
  FROM ($(econtent_standing_select "$RESOURCE")) s
  LEFT JOIN "$S".econtent_lendables l ON l.resource_id = $RESOURCE
  LEFT JOIN ($ECONTENT_POLICY_SELECT) p ON true;
\endpipeline
\startpipeline
WITH taken AS (UPDATE "$S".econtent_lendables SET copies_in_use = copies_in_use + 1,
  checkouts_remaining = checkouts_remaining - CASE WHEN license_model = 'metered' THEN 1 ELSE 0 END
  WHERE resource_id = $RESOURCE AND copies_in_use < copies AND (license_model <> 'metered' OR checkouts_remaining > 0)
  AND (license_expires IS NULL OR license_expires > now()) RETURNING license_expires),
 loan AS (INSERT INTO "$S".econtent_loans AS l (id, resource_id, patron_id, due_date)
  SELECT $ECONTENT_ID, $RESOURCE, $ECONTENT_PATRON, LEAST(now() + make_interval(days => 21), taken.license_expires) FROM taken
  RETURNING l.id, "$S".econtent_loan_doc(l) AS doc),
 event AS ($(econtent_event_from econtent.loan.opened loan loan))
SELECT doc::text AS doc FROM loan;
COMMIT;
\endpipeline
\set phase 1
\else
\startpipeline
BEGIN;
SELECT r.id, r.patron_id, r.status, r.renewal_count, $LOAN_LENDABLE_COLUMNS FROM "$S".econtent_loans r
  JOIN "$S".econtent_lendables l ON l.resource_id = r.resource_id WHERE r.id = $ECONTENT_ID FOR UPDATE OF r, l;
WITH closed AS (UPDATE "$S".econtent_loans AS l SET status = 'closed', return_date = now(), close_reason = 'returned'
  WHERE id = $ECONTENT_ID AND status = 'open' AND ($ECONTENT_PATRON IS NULL OR patron_id = $ECONTENT_PATRON)
  RETURNING l.id, l.resource_id, "$S".econtent_loan_doc(l) AS doc),
 event AS ($(econtent_event_from econtent.loan.closed loan closed)),
 queue AS (WITH first AS (SELECT id, resource_id, patron_id, status FROM "$S".econtent_holds
    WHERE resource_id = (SELECT resource_id FROM "$S".econtent_loans WHERE id = $ECONTENT_ID) AND status = 'waiting'
    ORDER BY queue_seq LIMIT 1 FOR UPDATE)
  SELECT first.*, (SELECT count(*) FROM "$S".econtent_holds
    WHERE resource_id = (SELECT resource_id FROM "$S".econtent_loans WHERE id = $ECONTENT_ID) AND status = 'waiting') AS waiting
  FROM (SELECT 1) one LEFT JOIN first ON true),
 released AS (UPDATE "$S".econtent_lendables SET copies_in_use = copies_in_use - 1
  WHERE resource_id = (SELECT resource_id FROM closed) AND copies_in_use > 0 AND license_model <> 'unlimited'
  AND (SELECT waiting FROM queue) = 0 RETURNING 1)
SELECT queue.*, (SELECT doc::text FROM closed) AS doc, EXISTS (SELECT 1 FROM released) AS released FROM queue;
\endpipeline
\startpipeline
COMMIT;
\endpipeline
\set phase 0
\endif
SQL
)
