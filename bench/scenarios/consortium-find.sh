# Scenario "consortium-find": FindItem of the consortium broker, GET /ill/consortium-holdings?isbn=<ISBN-13>, over
# the published holdings of 20 members with 1,000,000 items in all.
#
# One statement (HoldingsIndex.find): the caller's accepted partners with their rota positions, the holdings that
# match any of the identifiers (GIN on identifiers), then lenders, holders, available locally, the count and the
# first 100 holdings as JSON. Data: consortium of tenant bench and members mem01..mem20 (accepted); 200,000 works
# (ISBN-13 978 + the work number in 10 digits), each held by 5 members: 1,000,000 holdings, 80 % lendable, 90 %
# available. The module searches by the ISBN-13 and its ISBN-10 form; both wrk and pgbench pick the work uniformly.

CONSORTIUM_WORKS=200000
P=mod_access_services_platform

SCENARIO_DESCRIPTION="GET /ill/consortium-holdings?isbn=<ISBN-13>: FindItem over 1,000,000 holdings of 20 members"
SCENARIO_CHECK_PATH="/ill/consortium-holdings?isbn=9780000000042"

scenario_setup() {
  local start=$SECONDS
  bench_psql <<SQL
TRUNCATE $P.consortium_message, $P.consortium_request, $P.consortium_holding, $P.consortium_member, $P.consortium CASCADE;
INSERT INTO $P.consortium (id, name, created_by) VALUES ('00000000-0000-4000-8000-00000000c0c0', 'Bench consortium', 'bench');
INSERT INTO $P.consortium_member (consortium_id, tenant, state, position, accepted_at)
SELECT '00000000-0000-4000-8000-00000000c0c0', CASE WHEN n = 0 THEN 'bench' ELSE 'mem' || lpad(n::text, 2, '0') END,
  'accepted', n + 1, timestamptz '2026-01-01 00:00:00+00' FROM generate_series(0, 20) n;
INSERT INTO $P.consortium_holding (id, tenant, item_id, work_id, title, author, identifiers, words, location_type,
  access_status, lendable, available)
SELECT ('00000000-0000-4000-8000-' || lpad((w * 5 + k)::text, 12, '0'))::uuid,
  'mem' || lpad((1 + (w + 4 * k) % 20)::text, 2, '0'), 'i' || w || '-' || k, 'w' || w, 'Work ' || w || ' of the bench',
  'Author ' || (w % 5000), ARRAY['978' || lpad(w::text, 10, '0')], ARRAY['work', w::text, 'of', 'the', 'bench', 'author', (w % 5000)::text],
  'closed-stores', 'open', (w + k) % 5 <> 0, (w * 7 + k) % 10 <> 0
FROM generate_series(1, $CONSORTIUM_WORKS) w, generate_series(0, 4) k;
VACUUM ANALYZE $P.consortium_member;
VACUUM ANALYZE $P.consortium_holding;
SQL
  log "consortium-find: $(bench_psql -At -c "SELECT count(*) FROM $P.consortium_holding") holdings of"\
" $(bench_psql -At -c "SELECT count(DISTINCT tenant) FROM $P.consortium_holding") members in $(( SECONDS - start )) s"
}

SCENARIO_WRK_LUA=$(cat <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end
function init(args)
  math.randomseed(4711 + thread_no)
end
function done(summary, latency, requests)
  io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
function request()
  return wrk.format(nil, "/ill/consortium-holdings?isbn=978" .. string.format("%010d", math.random(1, $CONSORTIUM_WORKS)))
end
LUA
)

# Floor: the module's statement, prepared, with the same two keys (the ISBN-13 and a ten-character key that matches
# nothing, as the ISBN-10 form of these synthetic numbers does). Extra work of the floor: the server builds the keys.
SCENARIO_FLOOR_DEFINES=(-D tenant=bench)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set w random(1, $CONSORTIUM_WORKS)
WITH p AS (SELECT o.tenant, min(o.position) AS position FROM $P.consortium_member me JOIN $P.consortium_member o ON o.consortium_id = me.consortium_id AND o.state = 'accepted' WHERE me.tenant = :tenant AND me.state = 'accepted' GROUP BY o.tenant), m AS MATERIALIZED (SELECT h.*, p.position FROM $P.consortium_holding h JOIN p ON p.tenant = h.tenant WHERE h.identifiers && ARRAY['978' || lpad(:w::text, 10, '0'), lpad(:w::text, 9, '0') || 'X']::text[]), o AS (SELECT * FROM m WHERE tenant <> :tenant) SELECT (SELECT coalesce(array_agg(tenant ORDER BY pos, tenant), '{}') FROM (SELECT tenant, min(position) pos FROM o   WHERE lendable AND available AND reserved_by IS NULL GROUP BY tenant) l) AS lenders, (SELECT coalesce(array_agg(tenant ORDER BY pos, tenant), '{}') FROM (SELECT tenant, min(position) pos FROM o GROUP BY tenant) a) AS holders, EXISTS (SELECT 1 FROM m WHERE tenant = :tenant) AS local, (SELECT count(*) FROM o) AS total, (SELECT coalesce(jsonb_agg(d ORDER BY position, id), '[]')::text FROM (SELECT jsonb_strip_nulls(jsonb_build_object('id', h.id, 'tenant', h.tenant, 'itemId', h.item_id, 'workId', h.work_id, 'title', h.title, 'author', h.author, 'identifiers', to_jsonb(h.identifiers), 'locationType', h.location_type, 'accessStatus', h.access_status, 'lendable', h.lendable, 'available', h.available AND h.reserved_by IS NULL)) AS d, h.position, h.id FROM o h   ORDER BY h.position, h.id LIMIT 100) x) AS holdings;
SQL
)
