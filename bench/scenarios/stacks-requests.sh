# Scenario "stacks-requests": request placement and the reader's current requests, 32 readers at a time.
#
# Each wrk thread alternates:
#   POST /stacks/requests {item}   reader k requests item k of 100,000 requestable items (202; the first time a new
#                                  request, a repeat the idempotent 202: the reader already has it)
#   GET /stacks/requests           that reader reads their current requests
#   placement: BEGIN; [rate upsert (counts the attempt and locks the reader's row), item FOR SHARE, rules, reader's
#              open count, item's holder, ILS settings]; [INSERT request ON CONFLICT DO NOTHING, INSERT outbox event];
#              COMMIT   ([...] = one pipeline: one round trip)
#   read:      [ILS settings, SELECT the reader's open requests]
#
# Data: 100,000 works of one requestable item each (stacks.inc), hold limit and rate raised for the load.

source "$BENCH_DIR/scenarios/stacks.inc"
ITEMS=100000

SCENARIO_DESCRIPTION="POST /stacks/requests then GET /stacks/requests, over $ITEMS requestable items"
SCENARIO_CHECK_PATH=/stacks/works/str1

scenario_setup() {
  stacks_works_of str $ITEMS 1
}

SCENARIO_WRK_LUA=$(cat <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end
function init(args)
  math.randomseed(4242 + thread_no)
end
local reader = nil
local place = true
function headers(k)
  local h = {}
  for key, v in pairs(wrk.headers) do h[key] = v end
  h["Content-Type"] = "application/json"
  h["X-Okapi-User-Id"] = string.format("00000000-0000-4000-8000-%012d", k)
  return h
end
function request()
  place = not place
  if reader and not place then
    return wrk.format("GET", "/stacks/requests", headers(reader), nil)
  end
  reader = math.random(1, $ITEMS)
  local body = string.format('{"item":{"id":"str%d-1","type":"Item"},"type":"Request"}', reader)
  return wrk.format("POST", "/stacks/requests", headers(reader), body)
end
LUA
)

# Floor: the module's statements, prepared; a pgbench transaction is one request (a client alternates a placement
# and a read by the same reader). The reader's uuid and the request id are built by the server from numbers.
USER="('00000000-0000-4000-8000-' || lpad(:k::text, 12, '0'))::uuid"
ITEM="'str' || :k || '-1'"
SCENARIO_FLOOR_DEFINES=(-D phase=0)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\if :phase = 0
\set k random(1, $ITEMS)
\set id random(1, 999999999999)
BEGIN;
\startpipeline
INSERT INTO "$S".stacks_request_rates AS r (user_id, window_start, attempts) VALUES ($USER, date_trunc('minute', now()), 1)
  ON CONFLICT (user_id) DO UPDATE SET attempts = CASE WHEN r.window_start = EXCLUDED.window_start THEN r.attempts + 1 ELSE 1 END,
  window_start = EXCLUDED.window_start RETURNING attempts, (SELECT requests_per_minute FROM "$S".stacks_settings) AS lim,
  ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS left_s;
SELECT id, work_id, location_type, description, access_status, ils_record_number, ils_location_code, status_id FROM "$S".stacks_items WHERE id = $ITEM FOR SHARE;
SELECT hold_limit, requests_per_minute, time_zone, opening_days, closed_dates, cutoff_time, remote_locations, remote_lead_days, booking_window_days, pickup_location_id, pickup_location_label FROM "$S".stacks_settings WHERE id = 1;
SELECT count(*) AS n FROM "$S".stacks_requests WHERE user_id = $USER AND state = 'open';
SELECT user_id FROM "$S".stacks_requests WHERE item_id = $ITEM AND state = 'open';
SELECT kind, base_url, client_key, client_secret, patron_field_tag, enabled FROM "$S".stacks_ils_settings WHERE id = 1;
\endpipeline
\startpipeline
INSERT INTO "$S".stacks_requests (id, item_id, user_id, pickup_date, pickup_location_id, pickup_location_label, ils_hold_id)
  VALUES (('00000000-0000-4000-b000-' || lpad(:id::text, 12, '0'))::uuid, $ITEM, $USER, NULL, 'sepbb', 'Rare Materials Room', NULL)
  ON CONFLICT (item_id) WHERE state = 'open' DO NOTHING;
INSERT INTO "$S".outbox (event_type, aggregate_id, payload) SELECT 'stacks.request.placed', r.id::text,
  jsonb_build_object('tenant', 'bench', 'type', 'stacks.request.placed', 'time', "$S".stacks_iso(now()), 'request',
  "$S".stacks_staff_request_doc(r)) FROM "$S".stacks_requests r
  WHERE r.id = ('00000000-0000-4000-b000-' || lpad(:id::text, 12, '0'))::uuid;
\endpipeline
COMMIT;
\set phase 1
\else
\startpipeline
SELECT kind, base_url, client_key, client_secret, patron_field_tag, enabled FROM "$S".stacks_ils_settings WHERE id = 1;
SELECT "$S".stacks_request_doc(r)::text AS doc FROM "$S".stacks_requests r WHERE user_id = $USER AND state = 'open' ORDER BY requested_at, id;
\endpipeline
\set phase 0
\endif
SQL
)
