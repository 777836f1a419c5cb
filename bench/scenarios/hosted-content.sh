# Scenario "hosted-content": a PDF of BENCH_HOSTED_MB megabytes (default 200; bench/generators/BigPdf.java) uploaded to
# POST /econtent/content, processed, lent, then read back through its fulfilment link: whole, and as 1 MB ranges
# from its middle under load. Not a request load only: it measures itself.
#
# Lines: upload MB/s and processing time with the module's heap peak (jstat every 250 ms) against its limit; the
# whole file read back in MB/s; ranged reads (wrk, BENCH_CONNECTIONS connections, a 1 MB range each) in req/s and
# MB/s. Floors, the store alone. CONTENT_STORE (the module's own setting, passed through by run.sh) picks the store:
# - postgres (default): inserting the same chunks (one transaction, rolled back), reading them all in order (COPY
#   to the client), and reading the chunks of a 1 MB range with pgbench at the same concurrency;
# - directory (CONTENT_DIR, default DATA_DIR/content): dd of the same bytes (written, read whole), and 1 MB ranges
#   read with pread by as many threads as wrk has connections;
# - s3 (S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY of a reachable S3-compatible
#   store): curl --aws-sigv4 putting the file, reading it whole, and 1 MB ranges with as many concurrent loops.

HOSTED_MB=${BENCH_HOSTED_MB:-200}
HOSTED_STORE=${CONTENT_STORE:-postgres}
HOSTED_DIR=$WORK_DIR/hosted
S=bench_mod_access_services
RANGE_BYTES=$(( 1024 * 1024 ))
CHUNK_BYTES=$(( 256 * 1024 ))

SCENARIO_DESCRIPTION="hosted content: upload, process and read back a $HOSTED_MB MB PDF (store: $HOSTED_STORE)"

scenario_measure() {
  mkdir -p "$HOSTED_DIR"
  java -Xmx1g -cp "$JAR" "$BENCH_DIR/generators/BigPdf.java" "$HOSTED_DIR/big.pdf" "$HOSTED_MB"
  hosted_upload
  hosted_lend
  if [[ $HOSTED_STORE == postgres ]]; then
    hosted_read_whole
    hosted_read_ranges
    hosted_floor_insert
  else
    hosted_other_store
  fi
}

hosted_field() {
  grep -o "\"$1\" *: *[^,}]*" "$2" | head -1 | sed 's/^[^:]*: *//; s/"//g'
}

hosted_upload() {
  local start uploaded finished code state sampler before after size
  size=$(stat -c %s "$HOSTED_DIR/big.pdf")
  wait_for_quiet
  jstat -gc "$MODULE_PID" 250 > "$HOSTED_DIR/jstat.txt" 2>/dev/null &
  sampler=$!
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  code=$(curl -sS --max-time 3600 -o "$HOSTED_DIR/created.json" -w '%{http_code}' -H "X-Okapi-Tenant: $BENCH_TENANT" \
    -H 'Expect:' -F "file=@$HOSTED_DIR/big.pdf;type=application/pdf" "$BASE_URL/econtent/content")
  uploaded=$(date +%s.%N)
  [[ $code == 201 ]] || die "hosted-content: upload answered $code: $(head -c 300 "$HOSTED_DIR/created.json")"
  HOSTED_ID=$(hosted_field id "$HOSTED_DIR/created.json")
  while true; do
    curl -fsS --max-time 10 "$BASE_URL/econtent/content/$HOSTED_ID" -H "X-Okapi-Tenant: $BENCH_TENANT" > "$HOSTED_DIR/state.json"
    state=$(hosted_field state "$HOSTED_DIR/state.json")
    [[ $state == processed || $state == failed ]] && break
    sleep 0.25
  done
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  [[ $state == processed ]] || die "hosted-content: processing failed: $(head -c 500 "$HOSTED_DIR/state.json")"
  HOSTED_RESOURCE=$(hosted_field resourceId "$HOSTED_DIR/state.json")
  HOSTED_SIZE=$size
  emit "$(awk -v mb="$(( size / 1048576 ))" -v s="$start" -v u="$uploaded" -v f="$finished" 'BEGIN {
    printf "bench hosted-content upload: %d MB in %.1f s = %.1f MB/s; processed %.1f s later", mb, u - s, mb / (u - s), f - u }')$(heap_peak "$HOSTED_DIR/jstat.txt")"
  emit "$(cpu_line "hosted-content upload+processing" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" \
    "$before" "$after" "curl" 0 "$(( size / 1048576 ))" MB)"
}

# A loan of the book and the path of its fulfilment link (valid 15 minutes: long enough for the reads).
hosted_lend() {
  local patron=00000000-0000-4000-8000-00000000b001 loan url
  curl -fsS -o "$HOSTED_DIR/loan.json" -H "X-Okapi-Tenant: $BENCH_TENANT" -H "X-Okapi-User-Id: $patron" \
    -H 'Content-Type: application/json' -d "{\"resourceId\":\"$HOSTED_RESOURCE\"}" "$BASE_URL/econtent/loans"
  loan=$(hosted_field id "$HOSTED_DIR/loan.json")
  url=$(curl -fsS -H "X-Okapi-Tenant: $BENCH_TENANT" -H "X-Okapi-User-Id: $patron" "$BASE_URL/econtent/loans/$loan/fulfillment" \
    | grep -o '"url" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/')
  HOSTED_LINK=/econtent/fulfillment/${url##*/econtent/fulfillment/}
}

hosted_read_whole() {
  local start finished floor_start floor_finished before after floor_before floor_after mb=$(( HOSTED_SIZE / 1048576 ))
  wait_for_quiet
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  curl -fsS -o /dev/null "$BASE_URL$HOSTED_LINK"
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  floor_before=$(cpu_snapshot)
  floor_start=$(date +%s.%N)
  bench_psql -q -c "\\copy (SELECT data FROM $S.econtent_content_chunks WHERE file_id = '$HOSTED_ID' ORDER BY seq) TO '/dev/null' (FORMAT binary)"
  floor_finished=$(date +%s.%N)
  floor_after=$(cpu_snapshot)
  emit "$(awk -v mb="$(( HOSTED_SIZE / 1048576 ))" -v s="$start" -v f="$finished" -v fs="$floor_start" -v ff="$floor_finished" 'BEGIN {
    printf "bench hosted-content read whole: module %.1f MB/s (%.2f s) | floor(COPY of the chunks) %.1f MB/s (%.2f s) | ratio %.2f",
      mb / (f - s), f - s, mb / (ff - fs), ff - fs, (ff - fs) / (f - s) }')"
  emit "$(cpu_line "hosted-content read whole (module)" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" \
    "$before" "$after" curl 0 "$mb" MB)"
  emit "$(cpu_line "hosted-content read whole (floor)" "$(awk -v s="$floor_start" -v f="$floor_finished" 'BEGIN { print f - s }')" \
    "$floor_before" "$floor_after" psql 0 "$mb" MB)"
}

hosted_read_ranges() {
  local first=$(( HOSTED_SIZE / 2 )) seq module_rps floor_tps
  cat > "$HOSTED_DIR/range.lua" <<LUA
wrk.headers["Range"] = "bytes=$first-$(( first + RANGE_BYTES - 1 ))"
LUA
  measure "hosted-content ranges (module)" wrk "$HOSTED_DIR/wrk.txt" \
    wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${BENCH_SECONDS}s" -s "$HOSTED_DIR/range.lua" "$BASE_URL$HOSTED_LINK"
  local module_cpu=$MEASURE_CPU_LINE
  module_rps=$(awk '/Requests\/sec/ { print $2 }' "$HOSTED_DIR/wrk.txt")
  seq=$(( first / CHUNK_BYTES ))
  printf "SELECT data FROM $S.econtent_content_chunks WHERE file_id = '%s' AND seq BETWEEN %d AND %d ORDER BY seq;\n" \
    "$HOSTED_ID" "$seq" $(( (first + RANGE_BYTES - 1) / CHUNK_BYTES )) > "$HOSTED_DIR/range.sql"
  measure "hosted-content ranges (floor)" pgbench "$HOSTED_DIR/pgbench.txt" \
    pgbench -n -M prepared -f "$HOSTED_DIR/range.sql" -c "$BENCH_CONNECTIONS" -j "$BENCH_THREADS" -T "$BENCH_SECONDS" \
      postgres
  floor_tps=$(awk '/^tps/ { print $3 }' "$HOSTED_DIR/pgbench.txt")
  emit "$(awk -v m="$module_rps" -v f="$floor_tps" -v mb="$RANGE_BYTES" 'BEGIN {
    printf "bench hosted-content ranges of 1 MB: module %.0f req/s = %.0f MB/s | floor(pgbench, the chunks of the range) %.0f tx/s | ratio %.2f",
      m, m * mb / 1048576, f, m / f }')"
  emit "$module_cpu"
  emit "$MEASURE_CPU_LINE"
}

hosted_floor_insert() {
  local start finished before after chunks=$(( HOSTED_SIZE / CHUNK_BYTES + 1 ))
  wait_for_quiet
  before=$(cpu_snapshot)
  start=$(date +%s.%N)
  bench_psql -q <<SQL
BEGIN;
INSERT INTO $S.econtent_content_chunks (file_id, seq, data)
  SELECT '00000000-0000-4000-9000-000000000001', n, convert_to(repeat(md5(n::text), $(( CHUNK_BYTES / 32 ))), 'UTF8')
  FROM generate_series(0, $chunks - 1) AS n;
ROLLBACK;
SQL
  finished=$(date +%s.%N)
  after=$(cpu_snapshot)
  emit "$(awk -v mb="$(( HOSTED_SIZE / 1048576 ))" -v s="$start" -v f="$finished" 'BEGIN {
    printf "bench hosted-content floor insert: the database alone stores %d MB of chunks in %.1f s = %.1f MB/s", mb, f - s, mb / (f - s) }')"
  emit "$(cpu_line "hosted-content floor insert" "$(awk -v s="$start" -v f="$finished" 'BEGIN { print f - s }')" \
    "$before" "$after" psql 0 "$(( HOSTED_SIZE / 1048576 ))" MB)"
}

# The directory or S3 store: the module's whole read and 1 MB ranges (wrk) against the same bytes read straight
# from the store (dd, or curl signing its own requests), and the upload against writing the file there.
hosted_other_store() {
  local start finished fs ff first=$(( HOSTED_SIZE / 2 )) module_rps floor_ops mb=$(( HOSTED_SIZE / 1048576 ))
  wait_for_quiet
  start=$(date +%s.%N); curl -fsS -o /dev/null "$BASE_URL$HOSTED_LINK"; finished=$(date +%s.%N)
  fs=$(date +%s.%N); hosted_store_read 0 $(( HOSTED_SIZE - 1 )); ff=$(date +%s.%N)
  emit "$(awk -v mb="$mb" -v s="$start" -v f="$finished" -v fs="$fs" -v ff="$ff" -v st="$HOSTED_STORE" 'BEGIN {
    printf "bench hosted-content read whole (%s store): module %.1f MB/s (%.2f s) | floor(the store read straight) %.1f MB/s (%.2f s) | ratio %.2f",
      st, mb / (f - s), f - s, mb / (ff - fs), ff - fs, (ff - fs) / (f - s) }')"
  printf 'wrk.headers["Range"] = "bytes=%d-%d"\n' "$first" $(( first + RANGE_BYTES - 1 )) > "$HOSTED_DIR/range.lua"
  measure "hosted-content ranges (module, $HOSTED_STORE)" wrk "$HOSTED_DIR/wrk.txt" \
    wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${BENCH_SECONDS}s" -s "$HOSTED_DIR/range.lua" "$BASE_URL$HOSTED_LINK"
  module_rps=$(awk '/Requests\/sec/ { print $2 }' "$HOSTED_DIR/wrk.txt")
  floor_ops=$(hosted_store_ranges "$first")
  emit "$(awk -v m="$module_rps" -v f="$floor_ops" -v st="$HOSTED_STORE" -v c="$BENCH_CONNECTIONS" 'BEGIN {
    printf "bench hosted-content ranges of 1 MB (%s store): module %.0f req/s = %.0f MB/s | floor(%d readers of the range straight) %.0f reads/s | ratio %.2f",
      st, m, m, c, f, m / f }')"
  emit "$MEASURE_CPU_LINE"
  wait_for_quiet
  fs=$(date +%s.%N); hosted_store_write; ff=$(date +%s.%N)
  emit "$(awk -v mb="$mb" -v fs="$fs" -v ff="$ff" -v st="$HOSTED_STORE" 'BEGIN {
    printf "bench hosted-content floor write (%s store): the store alone takes %d MB in %.1f s = %.1f MB/s", st, mb, ff - fs, mb / (ff - fs) }')"
}

hosted_file() {
  echo "${CONTENT_DIR:-$DATA_DIR/content}/$BENCH_TENANT/$HOSTED_ID"
}

hosted_s3() {
  local path=$1; shift
  curl -fsS --aws-sigv4 "aws:amz:${S3_REGION:-us-east-1}:s3" --user "$S3_ACCESS_KEY_ID:$S3_SECRET_ACCESS_KEY" \
    "$@" "${S3_ENDPOINT%/}/$S3_BUCKET/$path"
}

# Bytes from..to of the stored file, to /dev/null.
hosted_store_read() {
  if [[ $HOSTED_STORE == directory ]]; then
    dd if="$(hosted_file)" of=/dev/null bs=1M iflag=skip_bytes,count_bytes skip="$1" count=$(( $2 - $1 + 1 )) status=none
  else
    hosted_s3 "$BENCH_TENANT/$HOSTED_ID" -o /dev/null -H "Range: bytes=$1-$2"
  fi
}

# Reads of the 1 MB range per second, by BENCH_CONNECTIONS loops for BENCH_SECONDS: for a directory, threads
# reading the range with pread (a process per read would measure fork, not the file); for S3, curl loops.
hosted_store_ranges() {
  local first=$1 last=$(( $1 + RANGE_BYTES - 1 )) end=$(( $(date +%s) + BENCH_SECONDS )) i
  if [[ $HOSTED_STORE == directory ]]; then
    python3 - "$(hosted_file)" "$first" "$RANGE_BYTES" "$BENCH_CONNECTIONS" "$BENCH_SECONDS" <<'PY'
import os, sys, threading, time
path, first, size, loops, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
counts = [0] * loops
end = time.time() + seconds
def loop(i):
    fd = os.open(path, os.O_RDONLY)
    while time.time() < end:
        os.pread(fd, size, first)
        counts[i] += 1
    os.close(fd)
threads = [threading.Thread(target=loop, args=(i,)) for i in range(loops)]
[t.start() for t in threads]
[t.join() for t in threads]
print("%.1f" % (sum(counts) / seconds))
PY
    return
  fi
  for (( i = 0; i < BENCH_CONNECTIONS; i++ )); do
    ( n=0; while (( $(date +%s) < end )); do hosted_store_read "$first" "$last"; n=$(( n + 1 )); done; echo "$n" ) \
      > "$HOSTED_DIR/loop.$i" &
  done
  wait
  cat "$HOSTED_DIR"/loop.* | awk -v s="$BENCH_SECONDS" '{ n += $1 } END { printf "%.1f", n / s }'
  rm -f "$HOSTED_DIR"/loop.*
}

# Writes the same file into the store (and removes it again).
hosted_store_write() {
  if [[ $HOSTED_STORE == directory ]]; then
    dd if="$HOSTED_DIR/big.pdf" of="$(hosted_file).floor" bs=1M status=none
    rm -f "$(hosted_file).floor"
  else
    hosted_s3 "$BENCH_TENANT/floor-$HOSTED_ID" -o /dev/null -T "$HOSTED_DIR/big.pdf"
    hosted_s3 "$BENCH_TENANT/floor-$HOSTED_ID" -o /dev/null -X DELETE
  fi
}
