# Scenario "econtent-holds": hold placement with queue position reads, 32 patrons at a time.
#
# Each wrk thread alternates:
#   POST /econtent/holds {resourceId}      a new patron joins the queue of one of 1,000 e-books whose only copy
#                                          is on loan (201, status waiting, position computed)
#   GET /econtent/holds/{id}               that patron reads the hold's true position (counted from the queue)
# The queues grow during the run (a few dozen holds per title), so position reads count real queues.
#   placement: [BEGIN, patron advisory lock, lendable FOR UPDATE, policy version, patron standing, waiting holds];
#              [INSERT hold RETURNING its document (with position), INSERT outbox event]; COMMIT
#   ([...] = one pipeline: sent at once, run by the server in order.)
#   read:      one SELECT of the hold with its document (position = 1 + waiting holds queued before it)
#
# Data: 1,000 eholdings resources 2-2-(100000+n), each a one-copy-one-user lendable with its copy on loan
# (due 2099, so the expiry timer leaves it alone).

source "$BENCH_DIR/scenarios/econtent.inc"
HOLD_TITLES=1000

SCENARIO_DESCRIPTION="POST /econtent/holds then GET /econtent/holds/{id}, over $HOLD_TITLES e-books on loan"
SCENARIO_CHECK_PATH=/econtent/availability/2-2-100001

scenario_setup() {
  econtent_books 2 100001 "$HOLD_TITLES" 1 1
  bench_psql <<SQL
INSERT INTO $S.econtent_loans (id, resource_id, patron_id, loan_date, due_date)
  SELECT ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, '2-2-' || (100000 + n),
    ('00000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid, timestamptz '2025-01-01 00:00:00+00',
    timestamptz '2099-01-01 00:00:00+00'
  FROM generate_series(1, $HOLD_TITLES) AS n;
VACUUM ANALYZE $S.econtent_lendables;
VACUUM ANALYZE $S.econtent_loans;
SQL
  log "econtent-holds: $(bench_psql -At -c "SELECT count(*) FROM $S.econtent_lendables WHERE resource_id LIKE '2-2-%'") lendables on loan"
}

# wrk: each thread alternates a placement by a new patron and a read of its latest hold by its patron.
SCENARIO_WRK_LUA=$(cat <<LUA
$ECONTENT_LUA_PRELUDE
local latest = nil
local place = true
local counter = 0
function request()
  place = not place
  if latest and not place then
    return wrk.format("GET", "/econtent/holds/" .. latest[1], patron_headers(latest[2]), nil)
  end
  counter = counter + 1
  local patron = new_patron(counter)
  local body = string.format('{"resourceId":"2-2-%d"}', 100000 + math.random(1, $HOLD_TITLES))
  return wrk.format("POST", "/econtent/holds", patron_headers(patron), body)
end
function response(status, headers, body)
  if status == 201 then
    latest = { string.match(body, '"id":%s*"([^"]+)"'), string.match(body, '"patronId":%s*"([^"]+)"') }
  end
end
LUA
)

# Floor: the module's statements, prepared; each pgbench transaction is one request (a client alternates a
# placement and a read of the hold it placed). Extra work of the floor: the server builds the resource id, the
# patron's uuid (a random one per placement) and the hold's id (the module makes it in Java) from numbers.
RESOURCE="'2-2-' || (100000 + :n)"
SCENARIO_FLOOR_DEFINES=("${ECONTENT_FLOOR_DEFINES[@]}")
SCENARIO_FLOOR_SQL=$(cat <<SQL
\if :phase = 0
\set p random(1, 999999999999)
\set id random(1, 999999999999)
\set n random(1, $HOLD_TITLES)
\startpipeline
BEGIN;
$ECONTENT_PATRON_LOCK
SELECT $ECONTENT_LENDABLE_COLUMNS FROM "$S".econtent_lendables WHERE resource_id = $RESOURCE FOR UPDATE;
$ECONTENT_POLICY
$(econtent_standing "$RESOURCE")
SELECT count(*) AS n FROM "$S".econtent_holds WHERE resource_id = $RESOURCE AND status = 'waiting';
\endpipeline
\startpipeline
INSERT INTO "$S".econtent_holds AS h (id, resource_id, patron_id, status, loan_id, ready_date, reservation_expires, closed_date)
  VALUES ($ECONTENT_ID, $RESOURCE, $ECONTENT_PATRON, 'waiting', NULL, CASE WHEN 'waiting' = 'ready' THEN now() END,
  CASE WHEN 'waiting' = 'ready' THEN now() + make_interval(hours => 72) END, CASE WHEN 'waiting' = 'fulfilled' THEN now() END)
  RETURNING "$S".econtent_hold_doc(h)::text AS doc;
$(econtent_event econtent.hold.placed hold econtent_holds econtent_hold_doc "$ECONTENT_ID")
\endpipeline
COMMIT;
\set phase 1
\else
SELECT id, resource_id, patron_id, status, "$S".econtent_hold_doc(h)::text AS doc FROM "$S".econtent_holds h WHERE id = $ECONTENT_ID;
\set phase 0
\endif
SQL
)
