# Scenario "kbart-import": POST /eholdings/kbart-imports with a generated KBART file of BENCH_KBART_LINES lines
# (default 1,000,000; bench/generators/kbart-file.sh, streamed by curl with chunked encoding, never on disk) into a
# new package of the kb knowledge base (1,000,000 titles already there), then the same file again (a delta that
# changes nothing). Not a request load: it measures itself.
#
# Per import one line: lines/s from the POST to the job's completion, the upload (POST until its 202) and the
# merge (202 until completed), what the import did, and the module's heap: the peak of used heap (young + old,
# garbage included) and of the old generation, sampled with jstat every 250 ms, against the heap limit (run the
# module with a small one to see that it holds: BENCH_JAVA_OPTS=-Xmx256m). Then a floor: the database alone
# inserting the same number of titles and resources with every index and trigger in place (one INSERT ... SELECT from
# generate_series for both, as the merge writes a batch, in one transaction, rolled back).

source "$BENCH_DIR/scenarios/kb.inc"
KBART_LINES=${BENCH_KBART_LINES:-1000000}
KBART_DIR=$WORK_DIR/kbart-import

SCENARIO_DESCRIPTION="POST /eholdings/kbart-imports: $KBART_LINES KBART lines into the 1,000,000-title knowledge base, then again"

scenario_setup() {
  kb_load
}

scenario_measure() {
  mkdir -p "$KBART_DIR"
  kbart_remove_package
  kbart_import "first import"
  kbart_import "same file again"
  kbart_remove_package
  kbart_floor
}

# bench_psql with room for a million rows: taking a 1M-title package out (and vacuuming) or the 1M-row floor takes
# more than bench_psql's 5 minutes when other processes share the machine.
kbart_psql() {
  timeout 3600 psql -X -q -v ON_ERROR_STOP=1 "$@"
}

# Takes the imported package and its titles out of the kb again, so that a kept data directory (BENCH_DATA_DIR)
# holds the same knowledge base for the next run, and a first import is a first import.
kbart_remove_package() {
  kbart_psql <<SQL
BEGIN;
CREATE TEMP TABLE kbart_package ON COMMIT DROP AS
  SELECT id FROM "$KB".packages WHERE name = 'Bench KBART Package' AND NOT is_custom;
DELETE FROM "$KB".resources WHERE package_id IN (SELECT id FROM kbart_package);
DELETE FROM "$KB".titles t WHERE t.id > $KB_TITLES AND NOT EXISTS (SELECT 1 FROM "$KB".resources r WHERE r.title_id = t.id);
DELETE FROM "$KB".packages WHERE id IN (SELECT id FROM kbart_package);
COMMIT;
VACUUM ANALYZE "$KB".titles;
VACUUM ANALYZE "$KB".title_names;
VACUUM ANALYZE "$KB".title_word_names;
VACUUM ANALYZE "$KB".title_words;
VACUUM ANALYZE "$KB".resources;
SQL
}

kbart_attribute() {
  grep -o "\"$1\":[0-9a-z\"]*" "$KBART_DIR/status.json" | head -1 | cut -d: -f2 | tr -d '"'
}

kbart_import() {
  local label=$1 before after start uploaded finished state sampler client_cpu
  local TIMEFORMAT='%R %U %S'
  wait_for_quiet
  jstat -gc "$MODULE_PID" 250 > "$KBART_DIR/jstat.txt" 2>/dev/null &
  sampler=$!
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  { time bash "$BENCH_DIR/generators/kbart-file.sh" "$KBART_LINES" \
      | curl -sS --max-time 3600 -X POST -T - -D "$KBART_DIR/headers" -o "$KBART_DIR/body" -w '%{http_code}' \
          -H "X-Okapi-Tenant: $BENCH_TENANT" -H 'Content-Type: text/tab-separated-values' -H 'Expect:' \
          "$BASE_URL/eholdings/kbart-imports?providerName=Bench%20KBART%20Vendor&packageName=Bench%20KBART%20Package&contentType=Mixed%20Content" \
          > "$KBART_DIR/code"; } 2> "$KBART_DIR/client.time"
  uploaded=$(date +%s.%N)
  await_import "$KBART_DIR" state kbart-import
  state=$IMPORT_STATE
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  [[ $state == completed ]] || die "kbart-import: the import failed: $(head -c 500 "$KBART_DIR/status.json")"
  client_cpu=$(tail -n 1 "$KBART_DIR/client.time" | awk '{ print $2 + $3 }')
  emit "$(awk -v label="$label" -v n="$KBART_LINES" -v s="$start" -v u="$uploaded" -v f="$finished" \
      -v read="$(kbart_attribute linesRead)" -v added="$(kbart_attribute titlesAdded)" \
      -v updated="$(kbart_attribute titlesUpdated)" -v unchanged="$(kbart_attribute titlesUnchanged)" \
      -v removed="$(kbart_attribute titlesRemoved)" 'BEGIN {
    printf "bench kbart-import %s: %d lines in %.1f s = %.0f lines/s (upload %.1f s = %.0f lines/s, merge %.1f s)", label, n,
      f - s, n / (f - s), u - s, n / (u - s), f - u
    printf " | read %d, titles added %d, updated %d, unchanged %d, removed %d", read, added, updated, unchanged, removed }')$(heap_peak "$KBART_DIR/jstat.txt")"
  emit "$(cpu_line "kbart-import $label" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" "$before" "$after" \
    "generator+curl" "$client_cpu" "$KBART_LINES" line)"
}

# The database alone: the same number of titles (with every titles index) and resources, in one transaction.
kbart_floor() {
  local start finished before after
  wait_for_quiet
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  kbart_psql <<SQL
BEGIN;
CREATE TEMP TABLE floor_package ON COMMIT DROP AS
  SELECT id FROM "$KB".packages WHERE NOT is_custom ORDER BY id LIMIT 1;
WITH floor_titles AS (INSERT INTO "$KB".titles (name, publication_type, publisher_name, is_custom, isxn, subjects, external_key, jsonb)
  SELECT 'Floor Journal of Studies ' || n, 'Journal', 'Bench Publisher ' || n % 50, false,
    ARRAY[lpad((9000000 - n)::text, 8, '0')], '', 'floor:' || n,
    jsonb_build_object('name', 'Floor Journal of Studies ' || n, 'publicationType', 'Journal',
      'publisherName', 'Bench Publisher ' || n % 50, 'contributors', '[]'::jsonb, 'subjects', '[]'::jsonb,
      'identifiers', jsonb_build_array(jsonb_build_object('id', lpad((9000000 - n)::text, 8, '0'), 'type', 'ISSN', 'subtype', 'Online')))
  FROM generate_series(1, $KBART_LINES) AS n RETURNING id)
INSERT INTO "$KB".resources (package_id, title_id, provider_id, jsonb)
  SELECT p.id, t.id, k.provider_id, jsonb_build_object('url', 'https://content.example.org/f/' || t.id,
    'managedCoverages', '[{"beginCoverage": "1990-01-01", "endCoverage": ""}]'::jsonb, 'customCoverages', '[]'::jsonb)
  FROM floor_titles t, floor_package p JOIN "$KB".packages k ON k.id = p.id;
ROLLBACK;
SQL
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  # The rolled-back rows are dead rows of the kb's tables: vacuum them before anything else measures there.
  kbart_psql -c "VACUUM ANALYZE \"$KB\".titles" -c "VACUUM ANALYZE \"$KB\".title_names" -c "VACUUM ANALYZE \"$KB\".title_word_names" \
    -c "VACUUM ANALYZE \"$KB\".title_words" -c "VACUUM ANALYZE \"$KB\".resources"
  emit "$(awk -v n="$KBART_LINES" -v s="$start" -v f="$finished" 'BEGIN {
    printf "bench kbart-import floor: the database alone inserts %d titles and their resources in %.1f s = %.0f rows/s", n, f - s, n / (f - s) }')"
  emit "$(cpu_line "kbart-import floor" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" "$before" "$after" \
    psql 0 "$KBART_LINES" line)"
}
