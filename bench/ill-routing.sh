#!/usr/bin/env bash
# ILL routing throughput: how many transactions per second the routing engine routes against a stub broker that
# answers each call (authentication, FindItem, RequestItem: three per transaction) after BENCH_BROKER_MS.
#
# Starts the fat jar (embedded PostgreSQL, timers off), enables tenant "bench", points its ILL settings at
# bench/ill-stub-broker.py, inserts BENCH_TRANSACTIONS transactions into the FindItemSearchQueue with psql, and
# times one POST /ill/routing/run. The ceiling set by the broker is lanes / (3 x latency); the line gives the
# measured rate, the ceiling and their ratio. A second run with a broker answering at once (0 ms) shows what the
# module and its database alone allow (the floor of this benchmark).
#
#   BENCH_TRANSACTIONS (1000)  BENCH_BROKER_MS (50)  ILL_ROUTING_LANES (16)  BENCH_HTTP_PORT (18081)
#   BENCH_DB_PORT (55433)  BENCH_BROKER_PORT (18099)  JAR (target/mod-access-services-fat.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_TRANSACTIONS:-1000}
MS=${BENCH_BROKER_MS:-50}
LANES=${ILL_ROUTING_LANES:-16}
HTTP=${BENCH_HTTP_PORT:-18081}
PGP=${BENCH_DB_PORT:-55433}
BROKER=${BENCH_BROKER_PORT:-18099}
JAR=${JAR:-target/mod-access-services-fat.jar}
BASE=http://127.0.0.1:$HTTP
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ill-bench.XXXXXX")
[[ -f $JAR ]] || mvn -q -B -o package -DskipTests
log() { echo "[ill-bench] $*" >&2; }
MODULE=""; STUB=""
cleanup() {
  set +e
  [[ -n $STUB ]] && kill -TERM "$STUB" 2>/dev/null
  if [[ -n $MODULE ]]; then kill -TERM "$MODULE" 2>/dev/null; wait "$MODULE" 2>/dev/null; fi
  pid=$(head -n 1 "$WORK/data/postgres/postmaster.pid" 2>/dev/null) && kill -INT "$pid" 2>/dev/null
  sleep 1; rm -rf "$WORK"
}
trap cleanup EXIT

env -u DB_HOST DATA_DIR="$WORK/data" DB_PORT="$PGP" HTTP_PORT="$HTTP" TIMERS_ENABLED=false ACCESS_LOG_LEVEL=off \
  ILL_ROUTING_LANES="$LANES" java -jar "$JAR" > "$WORK/module.log" 2>&1 &
MODULE=$!
for i in $(seq 1 90); do curl -fsS --max-time 2 "$BASE/admin/health" 2>/dev/null | grep -q UP && break; sleep 1; done
loc=$(curl -sS -D - -o /dev/null -X POST "$BASE/_/tenant" -H 'X-Okapi-Tenant: bench' -H 'Content-Type: application/json' \
  -d '{"module_to":"mod-access-services-1.0.0"}' | awk 'tolower($1)=="location:"{print $2}' | tr -d '\r')
curl -fsS --max-time 75 "$BASE$loc?wait=60000" -H 'X-Okapi-Tenant: bench' | grep -q '"complete":true'
export PGHOST=127.0.0.1 PGPORT=$PGP PGUSER=postgres PGDATABASE=postgres

# CPU ticks so far of one process (and its reaped children), and "<module JVM> <embedded PostgreSQL>" ticks.
ticks() { local f; f=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }; f=${f##*) }; f=($f); echo $(( f[11] + f[12] + f[13] + f[14] )); }
cpu_now() {
  local pg=0 pm c
  pm=$(head -n 1 "$WORK/data/postgres/postmaster.pid" 2>/dev/null) && {
    pg=$(ticks "$pm"); for c in $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(ticks "$c") )); done; }
  echo "$(ticks "$MODULE") $pg"
}

route() {  # $1 broker delay ms: prints routed, seconds, RequestItem calls, module and database CPU ticks
  python3 bench/ill-stub-broker.py "$BROKER" "$1" > "$WORK/stub.log" 2>&1 &
  STUB=$!
  for i in $(seq 1 50); do grep -q ready "$WORK/stub.log" 2>/dev/null && break; sleep 0.1; done
  curl -fsS -X PUT "$BASE/ill/settings" -H 'X-Okapi-Tenant: bench' -H 'Content-Type: application/json' \
    -d "{\"brokerUrl\":\"http://127.0.0.1:$BROKER\",\"apiKey\":\"bench-key\"}" > /dev/null
  psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO bench_mod_access_services.ill_transactions
    (id, request_type, title, isbns, patron_id, patron, queue) SELECT gen_random_uuid(), 'Loan', 'Book ' || i,
    ARRAY[(9780000000000 + i)::text], p, jsonb_build_object('id', p, 'barcode', 'b' || i), 'BorrowDirect Find Item Search'
    FROM generate_series(1, $N) i, gen_random_uuid() p"
  read -r j0 p0 <<< "$(cpu_now)"
  start=$(date +%s.%N)
  routed=$(curl -fsS --max-time 900 -X POST "$BASE/ill/routing/run" -H 'X-Okapi-Tenant: bench' | sed 's/.*"routed":\([0-9]*\).*/\1/')
  end=$(date +%s.%N)
  read -r j1 p1 <<< "$(cpu_now)"
  kill -TERM "$STUB"; wait "$STUB" 2>/dev/null || true; STUB=""
  echo "$routed $(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.2f", e-s}') $(grep requested "$WORK/stub.log" | awk '{print $2}') $(( j1 - j0 )) $(( p1 - p0 ))"
}

read -r r1 s1 q1 j1 p1 <<< "$(route "$MS")"
read -r r0 s0 q0 j0 p0 <<< "$(route 0)"
awk -v n="$r1" -v s="$s1" -v q="$q1" -v n0="$r0" -v s0="$s0" -v l="$LANES" -v ms="$MS" -v tck="$(getconf CLK_TCK)" \
    -v j1="$j1" -v p1="$p1" -v j0="$j0" -v p0="$p0" 'BEGIN {
  rate = n / s; ceiling = l / (3 * ms / 1000); floor = n0 / s0
  printf "bench ill-routing: %d routed in %.1f s = %.1f tx/s with a %d ms broker, %d lanes | ceiling lanes/(3 x %d ms) %.1f tx/s | ratio %.2f | 0 ms broker %.1f tx/s (module+db floor) | RequestItem calls %d\n",
    n, s, rate, ms, l, ms, ceiling, rate / ceiling, floor, q
  # CPU per routed transaction (broker stub not counted): with the 50 ms broker, and with the 0 ms one (the floor)
  printf "# cpu ill-routing: per transaction java %.0f us, postgres %.0f us (%d ms broker) | floor (0 ms broker) java %.0f us, postgres %.0f us\n",
    j1 / tck / (n > 0 ? n : 1) * 1e6, p1 / tck / (n > 0 ? n : 1) * 1e6, ms, j0 / tck / (n0 > 0 ? n0 : 1) * 1e6, p0 / tck / (n0 > 0 ? n0 : 1) * 1e6 }'
