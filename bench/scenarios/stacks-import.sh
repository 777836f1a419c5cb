# Scenario "stacks-import": POST /stacks/imports with BENCH_STACKS_WORKS works (default 100,000) of 10 items each
# (1,000,000 item records and the bib records: bench/generators/sierra-records.sh, streamed by curl, never on disk),
# mapped through the seed's tables; then the same file again (every item updated in place). Not a request load: it
# measures itself: records/s from the POST to the job's completion, the upload and the merge apart, and the heap peak
# (jstat every 250 ms) against the limit (BENCH_JAVA_OPTS=-Xmx256m shows that it holds). Then a floor: the database
# alone inserting as many items with their location documents (INSERT ... SELECT in one transaction, rolled back).

source "$BENCH_DIR/scenarios/stacks.inc"
STACKS_WORKS=${BENCH_STACKS_WORKS:-100000}
STACKS_PER_WORK=10
STACKS_DIR=$WORK_DIR/stacks-import

SCENARIO_DESCRIPTION="POST /stacks/imports: $((STACKS_WORKS * STACKS_PER_WORK)) item records in $STACKS_WORKS works, then again"

scenario_setup() {
  bench_psql <<SQL
INSERT INTO $S.stacks_location_type_mappings VALUES ('whml', 'open-shelves'), ('stax', 'closed-stores'), ('arch', 'closed-stores'),
  ('mfvl', 'closed-stores'), ('hamp', 'closed-stores'), ('elro', 'online'), ('digi', 'online') ON CONFLICT DO NOTHING;
INSERT INTO $S.stacks_description_mappings VALUES
  (0, 'closed-stores', NULL, 'f', 'online-request', 'Online request', 'open'),
  (1, 'closed-stores', NULL, 'a', 'manual-request', 'Manual request', 'by-appointment'),
  (2, 'closed-stores', NULL, 'n', 'manual-request', 'Manual request', NULL),
  (3, 'closed-stores', NULL, 'p', 'manual-request', 'Manual request', 'permission-required'),
  (4, 'closed-stores', NULL, 'q', 'manual-request', 'Manual request', NULL),
  (5, 'open-shelves', NULL, NULL, NULL, NULL, 'open'),
  (6, 'online', 'elro', NULL, 'external-resource', 'External resource', 'licensed-resources'),
  (7, 'online', 'digi', NULL, 'iiif-presentation', 'IIIF Presentation API', 'open') ON CONFLICT DO NOTHING;
SQL
}

scenario_measure() {
  mkdir -p "$STACKS_DIR"
  stacks_import "first import"
  stacks_import "same file again"
  stacks_floor
}

stacks_attribute() {
  grep -o "\"$1\":[0-9a-z\"]*" "$STACKS_DIR/status.json" | head -1 | cut -d: -f2 | tr -d '"'
}

stacks_import() {
  local label=$1 before after start uploaded finished state sampler client_cpu max_heap records
  local TIMEFORMAT='%R %U %S'
  records=$((STACKS_WORKS * STACKS_PER_WORK))
  wait_for_quiet
  jstat -gc "$MODULE_PID" 250 > "$STACKS_DIR/jstat.txt" 2>/dev/null &
  sampler=$!
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  { time bash "$BENCH_DIR/generators/sierra-records.sh" "$STACKS_WORKS" "$STACKS_PER_WORK" \
      | curl -sS --max-time 3600 -X POST -T - -D "$STACKS_DIR/headers" -o "$STACKS_DIR/body" -w '%{http_code}' \
          -H "X-Okapi-Tenant: $BENCH_TENANT" -H 'Content-Type: application/x-ndjson' -H 'Expect:' \
          "$BASE_URL/stacks/imports" > "$STACKS_DIR/code"; } 2> "$STACKS_DIR/client.time"
  uploaded=$(date +%s.%N)
  await_import "$STACKS_DIR" status stacks-import
  state=$IMPORT_STATE
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  [[ $state == completed ]] || die "stacks-import: the import failed: $(head -c 500 "$STACKS_DIR/status.json")"
  client_cpu=$(tail -n 1 "$STACKS_DIR/client.time" | awk '{ print $2 + $3 }')
  max_heap=$(jcmd "$MODULE_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | cut -d= -f2)
  emit "$(awk -v label="$label" -v n="$records" -v s="$start" -v u="$uploaded" -v f="$finished" \
      -v read="$(stacks_attribute linesRead)" -v created="$(stacks_attribute itemsCreated)" \
      -v updated="$(stacks_attribute itemsUpdated)" -v unchanged="$(stacks_attribute itemsUnchanged)" \
      -v rejected="$(stacks_attribute linesRejected)" -v redone="$(stacks_attribute rangesRedone)" 'BEGIN {
    printf "bench stacks-import %s: %d item records in %.1f s = %.0f records/s (upload %.1f s, merge %.1f s)", label, n,
      f - s, n / (f - s), u - s, f - u
    printf " | lines read %d, items created %d, updated %d, unchanged %d, rejected %d, ranges redone %d", read, created, updated,
      unchanged, rejected, redone }')$(
    awk -v max="${max_heap:-0}" 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; if ($8 > old) old = $8 }
      END { printf " | heap peak %.0f MB used, %.0f MB old generation, limit %.0f MB", peak / 1024, old / 1024, max / 1048576 }' \
      "$STACKS_DIR/jstat.txt")"
  emit "$(cpu_line "stacks-import $label" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" "$before" "$after" \
    "generator+curl" "$client_cpu" "$records" record)"
}

# The database alone: as many items with the same location documents, in one transaction, rolled back. Its
# backend's CPU is read from /proc before it ends (a process gone by the second snapshot would not count).
stacks_floor() {
  local start finished records before after backend
  records=$((STACKS_WORKS * STACKS_PER_WORK))
  wait_for_quiet
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  bench_psql <<SQL
SELECT pg_backend_pid() AS floor_pid \gset
\setenv FLOOR_PID :floor_pid
BEGIN;
INSERT INTO $S.stacks_works (id, title) SELECT 'fl' || n, 'Floor work ' || n FROM generate_series(1, $STACKS_WORKS) n;
INSERT INTO $S.stacks_items (id, work_id, copy, locations, ils_record_number, ils_location_code, ils_location_name, opac_message)
  SELECT 'fl' || n || '-' || k, 'fl' || n, k::text, jsonb_build_array(jsonb_build_object(
    'locationType', jsonb_build_object('id', 'closed-stores', 'label', 'Closed stores', 'type', 'LocationType'),
    'description', jsonb_build_object('id', 'online-request', 'label', 'Online request', 'type', 'LocationDescription'),
    'shelfmark', 'MS.' || n || '.' || k, 'accessConditions', jsonb_build_array(jsonb_build_object('status',
      jsonb_build_object('id', 'open', 'label', 'Open', 'type', 'AccessStatus'), 'type', 'AccessCondition')), 'type', 'Location')),
    (900000000 + n * 10 + k)::text, 'sicon', 'Closed stores Iconographic', 'f'
  FROM generate_series(1, $STACKS_WORKS) n, generate_series(1, $STACKS_PER_WORK) k;
\\! awk '{ print \$14 + \$15 }' /proc/\$FLOOR_PID/stat > "$STACKS_DIR/floor.ticks"
ROLLBACK;
VACUUM ANALYZE $S.stacks_items;
SQL
  finished=$(date +%s.%N)
  backend=$(cat "$STACKS_DIR/floor.ticks" 2>/dev/null || echo 0)
  after=$(cpu_snapshot | awk -v b="$backend" '{ print $1, $2 + b, $3 }')
  emit "$(awk -v n="$records" -v s="$start" -v f="$finished" 'BEGIN {
    printf "bench stacks-import floor: the database alone inserts %d items in %.1f s = %.0f records/s", n, f - s, n / (f - s) }')"
  emit "$(cpu_line "stacks-import floor" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" "$before" "$after" \
    psql 0 "$records" record)"
}
