#!/usr/bin/env bash
# Load benchmark of mod-access-services against the database floor.
#
#   bash bench/run.sh                 # every scenario in bench/scenarios/
#   bash bench/run.sh health          # only the named ones
#
# Starts the module once (fat jar, embedded PostgreSQL, fresh data directory), enables tenant "bench", then for each
# scenario measures the module with wrk (HTTP, through the whole stack) and the same SQL with pgbench straight
# against the module's embedded PostgreSQL (the "floor": what the database alone does for that work).
# See bench/README.md.
#
# Settings (environment):
#   JAR                    fat jar to run (default target/mod-access-services-fat.jar; built with mvn if missing)
#   BENCH_SECONDS          measured seconds per run (20)
#   BENCH_CONNECTIONS      wrk connections and pgbench clients (32)
#   BENCH_THREADS          wrk threads and pgbench threads (2)
#   BENCH_WARMUP_SECONDS   unreported warm-up before the measured runs (5)
#   BENCH_HTTP_PORT        module HTTP port (18081)
#   BENCH_DB_PORT          embedded PostgreSQL port (55432)
#   BENCH_POOL_SIZE        DB_MAXPOOLSIZE given to the module (DB_MAXPOOLSIZE if set, else 8)
#   BENCH_STARTUP_SECONDS  how long to wait for /admin/health (60)
#   BENCH_QUIET_WAIT_SECONDS  before each measured run, wait at most this long for other processes to go quiet (120)
#   BENCH_RETRIES          measure a run again, at most this many times, if other processes disturbed it (2)
#   BENCH_JAVA_OPTS        extra JVM options (none)
#   BENCH_DATA_DIR         keep the module's data (embedded PostgreSQL, loaded knowledge bases) in this directory
#                          across runs instead of a fresh temporary one (unset)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)

BENCH_SECONDS=${BENCH_SECONDS:-20}
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-5}
BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18081}
BENCH_DB_PORT=${BENCH_DB_PORT:-55432}
BENCH_POOL_SIZE=${BENCH_POOL_SIZE:-${DB_MAXPOOLSIZE:-8}}
BENCH_STARTUP_SECONDS=${BENCH_STARTUP_SECONDS:-60}
BENCH_QUIET_WAIT_SECONDS=${BENCH_QUIET_WAIT_SECONDS:-120}
BENCH_RETRIES=${BENCH_RETRIES:-2}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
BENCH_DATA_DIR=${BENCH_DATA_DIR:-}
JAR=${JAR:-$REPO_ROOT/target/mod-access-services-fat.jar}
# Scenarios rely on this tenant name (schema bench_mod_access_services, rows with tenant = 'bench').
BENCH_TENANT=bench
BASE_URL="http://127.0.0.1:$BENCH_HTTP_PORT"

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] ERROR: $*" >&2; exit 1; }

for setting in BENCH_SECONDS BENCH_CONNECTIONS BENCH_THREADS BENCH_WARMUP_SECONDS BENCH_HTTP_PORT BENCH_DB_PORT \
    BENCH_POOL_SIZE BENCH_STARTUP_SECONDS; do
  [[ ${!setting} =~ ^[1-9][0-9]*$ ]] || die "$setting must be a positive integer, not '${!setting}'"
done
for setting in BENCH_QUIET_WAIT_SECONDS BENCH_RETRIES; do
  [[ ${!setting} =~ ^[0-9]+$ ]] || die "$setting must be an integer >= 0, not '${!setting}'"
done
(( BENCH_THREADS <= BENCH_CONNECTIONS )) || die "BENCH_THREADS ($BENCH_THREADS) > BENCH_CONNECTIONS ($BENCH_CONNECTIONS)"

# ---------------------------------------------------------------------------------------------------------------
# Which scenarios
# ---------------------------------------------------------------------------------------------------------------
if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
  exit 0
fi
SCENARIOS=()
if (( $# > 0 )); then
  SCENARIOS=("$@")
else
  for f in "$BENCH_DIR"/scenarios/*.sh; do
    [[ -e $f ]] && SCENARIOS+=("$(basename "$f" .sh)")
  done
fi
(( ${#SCENARIOS[@]} > 0 )) || die "no scenarios in $BENCH_DIR/scenarios"
for s in "${SCENARIOS[@]}"; do
  [[ $s =~ ^[A-Za-z0-9._-]+$ && -f $BENCH_DIR/scenarios/$s.sh ]] || die "no scenario '$s' (bench/scenarios/$s.sh)"
done

# ---------------------------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk with apt"
  SUDO=()
  (( EUID == 0 )) || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq wrk >/dev/null
fi
for tool in wrk pgbench psql curl java timeout ps awk sort; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

if [[ ! -f $JAR ]]; then
  [[ $JAR == "$REPO_ROOT/target/mod-access-services-fat.jar" ]] || die "JAR $JAR does not exist"
  log "building $JAR (mvn -q -B package -DskipTests)"
  (cd "$REPO_ROOT" && mvn -q -B package -DskipTests)
  [[ -f $JAR ]] || die "the build did not produce $JAR"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_in_use "$BENCH_HTTP_PORT" && die "port $BENCH_HTTP_PORT is in use (BENCH_HTTP_PORT)"
port_in_use "$BENCH_DB_PORT" && die "port $BENCH_DB_PORT is in use (BENCH_DB_PORT)"

# ---------------------------------------------------------------------------------------------------------------
# Module lifecycle
# ---------------------------------------------------------------------------------------------------------------
WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mod-access-bench.XXXXXX")
DATA_DIR=${BENCH_DATA_DIR:-$WORK_DIR/data}
PG_DATA=$DATA_DIR/postgres   # where the module's EmbeddedDatabase keeps the cluster
MODULE_PID=""

# PID of the embedded postmaster, from its pid file, only if that process really serves our data directory.
postmaster_pid() {
  local pid
  [[ -f $PG_DATA/postmaster.pid ]] || return 1
  pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$PG_DATA" || return 1
  echo "$pid"
}

stop_embedded_postgres() {
  local pid sig i
  pid=$(postmaster_pid) || return 0
  log "embedded PostgreSQL $pid survived the module; stopping it"
  for sig in INT QUIT KILL; do         # fast shutdown, then immediate, then kill
    kill "-$sig" "$pid" 2>/dev/null || return 0
    for (( i = 0; i < 20; i++ )); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.5
    done
  done
}

cleanup() {
  local rc=$? i
  set +e
  trap - EXIT INT TERM
  if [[ -n $MODULE_PID ]] && kill -0 "$MODULE_PID" 2>/dev/null; then
    log "stopping the module ($MODULE_PID)"
    kill -TERM "$MODULE_PID"
    for (( i = 0; i < 60; i++ )); do
      kill -0 "$MODULE_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$MODULE_PID" 2>/dev/null; then
      log "module did not stop in 30 s; killing it"
      kill -KILL "$MODULE_PID"
    fi
    wait "$MODULE_PID" 2>/dev/null
  fi
  stop_embedded_postgres
  if (( rc != 0 )) && [[ -f $WORK_DIR/module.log ]]; then
    log "last lines of the module log:"
    tail -n 30 "$WORK_DIR/module.log" >&2
  fi
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

JAVA_OPTS_ARRAY=()
[[ -n $BENCH_JAVA_OPTS ]] && read -r -a JAVA_OPTS_ARRAY <<< "$BENCH_JAVA_OPTS"

log "starting $JAR (HTTP $BENCH_HTTP_PORT, embedded PostgreSQL $BENCH_DB_PORT, DB_MAXPOOLSIZE=$BENCH_POOL_SIZE)"
env -u DB_HOST -u DB_USERNAME -u DB_PASSWORD -u DB_DATABASE \
  DATA_DIR="$DATA_DIR" DB_PORT="$BENCH_DB_PORT" HTTP_PORT="$BENCH_HTTP_PORT" DB_MAXPOOLSIZE="$BENCH_POOL_SIZE" \
  ACCESS_LOG_LEVEL=off \
  java "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR" > "$WORK_DIR/module.log" 2>&1 &
MODULE_PID=$!

started=""
for (( i = 0; i < BENCH_STARTUP_SECONDS; i++ )); do
  kill -0 "$MODULE_PID" 2>/dev/null || die "the module exited during start-up"
  if curl -fsS --max-time 2 "$BASE_URL/admin/health" 2>/dev/null | grep -q '"UP"'; then
    started=yes
    break
  fi
  sleep 1
done
[[ -n $started ]] || die "no healthy module after $BENCH_STARTUP_SECONDS s"
log "module healthy after ~$i s"

# A kept data directory (BENCH_DATA_DIR) keeps the kb knowledge base (tenant benchkb); tenant bench starts empty.
if [[ -n $BENCH_DATA_DIR ]]; then
  curl -fsS --max-time 60 -o /dev/null -X POST "$BASE_URL/_/tenant" -H "X-Okapi-Tenant: $BENCH_TENANT" \
    -H 'Content-Type: application/json' -d '{"module_from":"mod-access-services-1.0.0","purge":true}' \
    || die "purging tenant $BENCH_TENANT of the kept data directory failed"
fi

# Enable the tenant the way a gateway does: POST, then poll the job until complete.
code=$(curl -sS --max-time 30 -D "$WORK_DIR/enable.headers" -o "$WORK_DIR/enable.body" -w '%{http_code}' \
  -X POST "$BASE_URL/_/tenant" -H "X-Okapi-Tenant: $BENCH_TENANT" -H 'Content-Type: application/json' \
  -d '{"module_to":"mod-access-services-1.0.0"}')
[[ $code == 201 ]] || die "POST /_/tenant answered $code: $(cat "$WORK_DIR/enable.body")"
job_location=$(awk 'tolower($1) == "location:" { print $2 }' "$WORK_DIR/enable.headers" | tr -d '\r')
[[ $job_location == /_/tenant/* ]] || die "POST /_/tenant gave no usable Location header"
job=$(curl -fsS --max-time 75 "$BASE_URL$job_location?wait=60000" -H "X-Okapi-Tenant: $BENCH_TENANT")
grep -q '"complete":true' <<< "$job" || die "tenant job did not complete: $job"
! grep -q '"error"' <<< "$job" || die "tenant job failed: $job"
log "tenant $BENCH_TENANT enabled"

# ---------------------------------------------------------------------------------------------------------------
# Helpers for scenarios and measurements
# ---------------------------------------------------------------------------------------------------------------
export PGHOST=127.0.0.1 PGPORT=$BENCH_DB_PORT PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
unset PGPASSWORD PGSERVICE PGOPTIONS

# psql against the module's embedded database; scenarios use it in scenario_setup (SQL on stdin or -c).
bench_psql() {
  timeout 300 psql -X -q -v ON_ERROR_STOP=1 "$@"
}

CLK_TCK=$(getconf CLK_TCK)
CORES=$(nproc)

# proc_ticks and tree_ticks: CPU of one process, of a process tree (bench/cpu.inc, checked by bench/cpu-test.sh).
# shellcheck source=cpu.inc
source "$BENCH_DIR/cpu.inc"

# module_warmup_seconds: the module's wrk warm-up, the longer of BENCH_WARMUP_SECONDS and the scenario's
# SCENARIO_WARMUP_SECONDS (a scenario may ask for more: a production instance is warm).
module_warmup_seconds() {
  local warmup=$BENCH_WARMUP_SECONDS
  (( ${SCENARIO_WARMUP_SECONDS:-0} > warmup )) && warmup=$SCENARIO_WARMUP_SECONDS
  echo "$warmup"
}

# "<java> <postgres> <machine>" in ticks: CPU used so far by the module JVM, by the whole embedded PostgreSQL
# (postmaster, its live children and, through cutime/cstime, the children it has reaped) and by the whole machine
# (/proc/stat user+nice+system+irq+softirq, all cores; on this kernel the processes' own figures include the
# softirq work of the loopback traffic they cause, so irq+softirq belong in the total).
cpu_snapshot() {
  local pg=0 pid label user nice system idle iowait irq softirq rest
  if pid=$(postmaster_pid); then
    pg=$(tree_ticks "$pid")
  fi
  read -r label user nice system idle iowait irq softirq rest < /proc/stat
  echo "$(proc_ticks "$MODULE_PID") $pg $(( user + nice + system + irq + softirq ))"
}

# other_core_s <before> <after> <client core-s>: CPU used meanwhile by everything except the module, its database
# and the load client. The per-process figures come from /proc/<pid>/stat, the total from /proc/stat: on a quiet
# machine this is within a few core-s of 0 per run (kernel threads, accounting noise).
other_core_s() {
  local before=($1) after=($2)
  awk -v java=$(( after[0] - before[0] )) -v pg=$(( after[1] - before[1] )) -v all=$(( after[2] - before[2] )) \
      -v tck="$CLK_TCK" -v ccpu="$3" 'BEGIN { printf "%.1f", (all - java - pg) / tck - ccpu }'
}

# await_import <dir> <state field> <scenario>: after a streamed POST that wrote <dir>/code, headers and body, checks
# its 202 and follows its Location until the state field reads completed or failed (left in IMPORT_STATE; the last
# status in <dir>/status.json).
await_import() {
  local dir=$1 field=$2 name=$3 code location state
  code=$(cat "$dir/code")
  [[ $code == 202 ]] || die "$name: POST answered $code: $(head -c 300 "$dir/body")"
  location=$(awk 'tolower($1) == "location:" { print $2 }' "$dir/headers" | tr -d '\r')
  while true; do
    curl -fsS --max-time 10 "$BASE_URL$location" -H "X-Okapi-Tenant: $BENCH_TENANT" > "$dir/status.json"
    state=$(grep -o "\"$field\":[0-9a-z\"]*" "$dir/status.json" | head -1 | cut -d: -f2 | tr -d '"')
    [[ $state == completed || $state == failed ]] && break
    sleep 0.5
  done
  IMPORT_STATE=$state
}

# heap_peak <jstat -gc file>: " | heap peak ..." of the module sampled in the file (young + old used, garbage
# included, and the old generation alone) against the module's heap limit.
heap_peak() {
  local max_heap
  max_heap=$(jcmd "$MODULE_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | cut -d= -f2)
  awk -v max="${max_heap:-0}" 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > peak) peak = used; if ($8 > old) old = $8 }
    END { printf " | heap peak %.0f MB used, %.0f MB old generation, limit %.0f MB", peak / 1024, old / 1024, max / 1048576 }' "$1"
}

# per_op <before> <after> <ops> <client core-s>: "<java> <postgres> <client>" CPU per operation in microseconds
# (core-microseconds: CPU time, whatever the number of cores it ran on), "0 0 0" without operations.
per_op() {
  local before=($1) after=($2)
  awk -v java=$(( after[0] - before[0] )) -v pg=$(( after[1] - before[1] )) -v tck="$CLK_TCK" -v ops="${3:-0}" \
      -v ccpu="${4:-0}" 'BEGIN {
    if (ops <= 0) { print "0 0 0"; exit }
    printf "%.0f %.0f %.0f\n", java / tck / ops * 1e6, pg / tck / ops * 1e6, ccpu / ops * 1e6 }'
}

# cpu_us <microseconds>: "412 us" below 10 ms, "12.3 ms" above.
cpu_us() {
  awk -v us="$1" 'BEGIN { if (us < 10000) printf "%.0f us", us; else printf "%.1f ms", us / 1000 }'
}

# cpu_line <label> <wall s> <before> <after> <client name> <client core-s> [<operations> <unit>]: the "# cpu" line,
# with the CPU per operation (module JVM, PostgreSQL and client apart) when the number of operations of the run is
# given, and a WARN line when other processes took more than 15 % of the machine (the figures are then disturbed).
cpu_line() {
  local before=($3) after=($4) per="" java_us pg_us client_us
  if [[ ${7:-0} =~ ^[0-9]+$ ]] && (( ${7:-0} > 0 )); then
    read -r java_us pg_us client_us <<< "$(per_op "$3" "$4" "$7" "$6")"
    per="; per ${8:-operation} ($7): java $(cpu_us "$java_us"), postgres $(cpu_us "$pg_us"), $5 $(cpu_us "$client_us")"
  fi
  awk -v label="$1" -v wall="$2" -v java=$(( after[0] - before[0] )) -v pg=$(( after[1] - before[1] )) \
      -v tck="$CLK_TCK" -v client="$5" -v ccpu="$6" -v other="$(other_core_s "$3" "$4" "$6")" -v cores="$CORES" \
      -v per="$per" 'BEGIN {
    printf "# cpu %s: %.1f s wall x %d cores = %.1f core-s; java %.1f, postgres %.1f, %s %.1f, other %.1f core-s%s\n",
      label, wall, cores, wall * cores, java / tck, pg / tck, client, ccpu, other, per
    if (other > 0.15 * wall * cores)
      printf "WARN cpu %s: other processes used %.1f core-s (%.0f%% of the machine): figures are disturbed\n",
        label, other, 100 * other / (wall * cores) }'
}

# client_ops <client output>: how many operations a wrk or pgbench run did (wrk: requests, pgbench: transactions).
client_ops() {
  awk '/ requests in / { print $1; exit } /^number of transactions actually processed: / { split($6, a, "/"); print a[1]; exit }' "$1"
}

# Waits, at most BENCH_QUIET_WAIT_SECONDS, until other processes (a build, another benchmark) use less than 10 % of
# the machine over 2 s. Goes on regardless afterwards: a disturbed run is flagged by its cpu line.
wait_for_quiet() {
  local waited=0 before after other
  while (( waited < BENCH_QUIET_WAIT_SECONDS )); do
    before=$(cpu_snapshot)
    sleep 2
    after=$(cpu_snapshot)
    other=$(other_core_s "$before" "$after" 0)
    awk -v o="$other" -v c="$CORES" 'BEGIN { exit !(o < 0.1 * 2 * c) }' && return 0
    (( waited > 0 )) || log "other processes busy ($other core-s in 2 s); waiting up to ${BENCH_QUIET_WAIT_SECONDS}s"
    waited=$(( waited + 2 ))
  done
  log "other processes still busy; measuring anyway"
}

# measure <label> <client name> <output file> <command ...>: one measured run of a load client, with its CPU
# accounting in MEASURE_CPU_LINE and its CPU per operation (requests of wrk, transactions of pgbench) in MEASURE_OPS,
# MEASURE_JAVA_US, MEASURE_PG_US and MEASURE_CLIENT_US. Repeated (at most BENCH_RETRIES more times) while other
# processes disturb it.
measure() {
  local label=$1 client=$2 out=$3 attempt before after times client_cpu unit
  shift 3
  for (( attempt = 0; attempt <= BENCH_RETRIES; attempt++ )); do
    wait_for_quiet
    before=$(cpu_snapshot)
    timed "$out" "$out.time" "$@" || return 1
    after=$(cpu_snapshot)
    times=($(tail -n 1 "$out.time"))
    client_cpu=$(awk -v u="${times[1]}" -v s="${times[2]}" 'BEGIN { print u + s }')
    MEASURE_OPS=$(client_ops "$out")
    MEASURE_OPS=${MEASURE_OPS:-0}
    read -r MEASURE_JAVA_US MEASURE_PG_US MEASURE_CLIENT_US <<< "$(per_op "$before" "$after" "$MEASURE_OPS" "$client_cpu")"
    unit=request
    [[ $client == pgbench ]] && unit=transaction
    MEASURE_CPU_LINE=$(cpu_line "$label" "${times[0]}" "$before" "$after" "$client" "$client_cpu" "$MEASURE_OPS" "$unit")
    (( attempt == 0 )) || MEASURE_CPU_LINE=${MEASURE_CPU_LINE/ core-s;/ core-s (attempt $(( attempt + 1 )): the earlier ones were disturbed);}
    [[ $MEASURE_CPU_LINE == *WARN* ]] || return 0
    (( attempt == BENCH_RETRIES )) || log "$label: disturbed by other processes; measuring again"
  done
}

# wrk durations are printed as 1.23us / 4.56ms / 7.89s / 1.00m; convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0) { print "NaN"; exit 1 }
    printf "%.3f", n * f }'
}

# pgbench_logged <log prefix> <pgbench options ...>: a bounded pgbench run writing a per-transaction log.
pgbench_logged() {
  local prefix=$1
  shift
  rm -f "$prefix".*
  timeout -k 5 $(( BENCH_SECONDS + 30 )) pgbench "$@" -l --log-prefix="$prefix"
}

# "p50 p99 mean" in ms (nearest rank) from pgbench per-transaction logs (3rd field: latency in microseconds).
pgbench_percentiles() {
  local prefix=$1 n
  n=$(cat "$prefix".* 2>/dev/null | wc -l)
  (( n > 0 )) || return 1
  cat "$prefix".* | awk '{ print $3 }' | sort -n | awk -v n="$n" '
    BEGIN { r50 = int(n * 0.50); if (r50 < n * 0.50) r50++; r99 = int(n * 0.99); if (r99 < n * 0.99) r99++ }
    { sum += $1 } NR == r50 { p50 = $1 } NR == r99 { p99 = $1 }
    END { printf "%.3f %.3f %.3f\n", p50 / 1000, p99 / 1000, sum / n / 1000 }'
}

STAMP=$(date +%Y%m%dT%H%M%S)
OUT_DIR=$BENCH_DIR/out
mkdir -p "$OUT_DIR"
OUT_FILE=$OUT_DIR/$STAMP.txt
: > "$OUT_FILE"
emit() { echo "$*" | tee -a "$OUT_FILE"; }

GIT_REV=$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
JAR_ID="sha256 $(sha256sum "$JAR" | cut -c1-12), $(date -r "$JAR" '+%Y-%m-%d %H:%M')"
emit "# mod-access-services bench $STAMP: jar $JAR ($JAR_ID); repo HEAD $GIT_REV (the jar may be older)"
emit "# module DB_MAXPOOLSIZE=$BENCH_POOL_SIZE; wrk -t $BENCH_THREADS -c $BENCH_CONNECTIONS -d ${BENCH_SECONDS}s" \
  "(after a ${BENCH_WARMUP_SECONDS}s warm-up, or its SCENARIO_WARMUP_SECONDS); pgbench -j $BENCH_THREADS -T $BENCH_SECONDS -n;" \
  "$CORES cores shared by client, module and database"

# cpu_per_op_part <module java us> <module postgres us> <floor postgres us> <pgbench us>: the end of a bench line,
# " | cpu/op module java .. + postgres .., floor postgres .. (pgbench ..) | postgres cpu/op ratio ..": CPU per request
# of the module's run and per transaction of the floor's (one floor transaction does one request's database work).
cpu_per_op_part() {
  printf ' | cpu/op module java %s + postgres %s, floor postgres %s (pgbench %s) | postgres cpu/op ratio %s' \
    "$(cpu_us "$1")" "$(cpu_us "$2")" "$(cpu_us "$3")" "$(cpu_us "$4")" \
    "$(awk -v m="$2" -v f="$3" 'BEGIN { if (f > 0) printf "%.2f", m / f; else printf "?" }')"
}

# ---------------------------------------------------------------------------------------------------------------
# One scenario (runs in a subshell so that its variables and functions do not leak into the next one)
# ---------------------------------------------------------------------------------------------------------------
run_scenario() {
  local name=$1
  local scen_dir=$WORK_DIR/$name
  mkdir -p "$scen_dir"

  SCENARIO_DESCRIPTION=""
  SCENARIO_PATH=""
  SCENARIO_WRK_LUA=""
  SCENARIO_CHECK_PATH=""
  SCENARIO_FLOOR_SQL=""
  SCENARIO_FLOOR_MODE=prepared
  SCENARIO_FLOOR_DEFINES=()
  SCENARIO_WARMUP_SECONDS=""
  # shellcheck source=/dev/null
  source "$BENCH_DIR/scenarios/$name.sh"

  # A scenario that is not a request load (a bulk import, say) measures itself: setup, then scenario_measure,
  # which emits its own lines; it gets no wrk run and no floor here.
  if declare -F scenario_measure >/dev/null; then
    log "scenario $name: ${SCENARIO_DESCRIPTION:-(measures itself)}"
    if declare -F scenario_setup >/dev/null; then
      log "$name: setup"
      scenario_setup
      bench_psql -c CHECKPOINT
    fi
    scenario_measure
    return
  fi

  log "scenario $name: ${SCENARIO_DESCRIPTION:-${SCENARIO_CHECK_PATH:-$SCENARIO_PATH}}"
  if declare -F scenario_setup >/dev/null; then
    log "$name: setup"
    scenario_setup    # may set the SCENARIO_* variables that depend on its data
    # Write the loaded pages out now rather than have a checkpoint do it during a measured run.
    bench_psql -c CHECKPOINT
  fi
  [[ -n $SCENARIO_FLOOR_SQL ]] || die "$name: SCENARIO_FLOOR_SQL is not set"
  [[ -n $SCENARIO_PATH || -n $SCENARIO_WRK_LUA ]] || die "$name: set SCENARIO_PATH or SCENARIO_WRK_LUA"
  [[ $SCENARIO_FLOOR_MODE =~ ^(simple|extended|prepared)$ ]] || die "$name: bad SCENARIO_FLOOR_MODE"
  local check_path=${SCENARIO_CHECK_PATH:-$SCENARIO_PATH}
  [[ -n $check_path ]] || die "$name: set SCENARIO_CHECK_PATH (a sample request path) with SCENARIO_WRK_LUA"

  # One request by hand first: it must answer 200, or the numbers would measure errors.
  local code
  code=$(curl -sS --max-time 10 -o "$scen_dir/check.body" -w '%{http_code}' \
    -H "X-Okapi-Tenant: $BENCH_TENANT" "$BASE_URL$check_path")
  [[ $code == 200 ]] || die "$name: GET $check_path answered $code: $(head -c 300 "$scen_dir/check.body")"
  log "$name: GET $check_path -> 200, $(wc -c < "$scen_dir/check.body") bytes"

  # --- module, through HTTP ----------------------------------------------------------------------------------
  local wrk_args=(-t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" --latency --timeout 10s
                  -H "X-Okapi-Tenant: $BENCH_TENANT")
  local url=$BASE_URL${SCENARIO_PATH}
  if [[ -n $SCENARIO_WRK_LUA ]]; then
    printf '%s\n' "$SCENARIO_WRK_LUA" > "$scen_dir/request.lua"
    wrk_args+=(-s "$scen_dir/request.lua")
    url=$BASE_URL/
  fi

  local warmup
  warmup=$(module_warmup_seconds)
  log "$name: wrk warm-up ${warmup}s"
  timeout -k 5 $(( warmup + 30 )) wrk "${wrk_args[@]}" -d "${warmup}s" "$url" \
    > "$scen_dir/wrk-warmup.txt" 2>&1 || die "$name: wrk warm-up failed: $(cat "$scen_dir/wrk-warmup.txt")"

  log "$name: wrk ${BENCH_SECONDS}s"
  measure "$name module" wrk "$scen_dir/wrk.txt" \
    timeout -k 5 $(( BENCH_SECONDS + 30 )) wrk "${wrk_args[@]}" -d "${BENCH_SECONDS}s" "$url" \
    || die "$name: wrk failed: $(cat "$scen_dir/wrk.txt")"
  local cpu_module=$MEASURE_CPU_LINE module_java_us=$MEASURE_JAVA_US module_pg_us=$MEASURE_PG_US

  local w=$scen_dir/wrk.txt rps p50_raw p99_raw non2xx sock total
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$w")
  p50_raw=$(awk '$1 == "50%" { print $2 }' "$w")
  p99_raw=$(awk '$1 == "99%" { print $2 }' "$w")
  total=$(awk '/ requests in / { print $1 }' "$w")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$w")
  sock=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$w")
  [[ -n $rps && -n $p50_raw && -n $p99_raw ]] || die "$name: cannot read wrk output: $(cat "$w")"
  local p50 p99
  p50=$(to_ms "$p50_raw")
  p99=$(to_ms "$p99_raw")
  # wrk prints no p95; a scenario whose Lua done() prints "p95 <ms>" gets it in its line.
  local p95_part=""
  p95_part=$(awk '$1 == "p95" { printf " p95 %.2f ms", $2 }' "$w")

  # --- floor, pgbench straight on the database -----------------------------------------------------------------
  # The first line costs no database work. It is there for pgbench's clock: pgbench reads the time lazily, once
  # per visit to a client, so a reply that is already there when it checks right after sending would be logged
  # with latency 0 (seen: most SELECT 1 transactions). Evaluating an expression makes it read the clock afresh at
  # the end of the transaction, so the per-transaction log holds real latencies.
  { echo '\set bench_clock_reset 0'; printf '%s\n' "$SCENARIO_FLOOR_SQL"; } > "$scen_dir/floor.sql"
  local pgb_common=(-n -M "$SCENARIO_FLOOR_MODE" -f "$scen_dir/floor.sql" "${SCENARIO_FLOOR_DEFINES[@]}")

  log "$name: pgbench warm-up ${BENCH_WARMUP_SECONDS}s"
  timeout -k 5 $(( BENCH_WARMUP_SECONDS + 30 )) pgbench "${pgb_common[@]}" -c "$BENCH_CONNECTIONS" \
    -j "$BENCH_THREADS" -T "$BENCH_WARMUP_SECONDS" > "$scen_dir/pgbench-warmup.txt" 2>&1 \
    || die "$name: pgbench warm-up failed: $(cat "$scen_dir/pgbench-warmup.txt")"

  local floor_clients=("$BENCH_CONNECTIONS")
  (( BENCH_POOL_SIZE != BENCH_CONNECTIONS )) && floor_clients+=("$BENCH_POOL_SIZE")
  local lines=() cpu_lines=("$cpu_module") c jobs prefix out tps failed floor_part pcts
  for c in "${floor_clients[@]}"; do
    jobs=$(( BENCH_THREADS < c ? BENCH_THREADS : c ))
    prefix=$scen_dir/pgbench-c$c-log
    out=$scen_dir/pgbench-c$c.txt
    log "$name: pgbench -c $c ${BENCH_SECONDS}s"
    measure "$name floor c=$c" pgbench "$out" \
      pgbench_logged "$prefix" "${pgb_common[@]}" -c "$c" -j "$jobs" -T "$BENCH_SECONDS" \
      || die "$name: pgbench -c $c failed: $(cat "$out")"
    cpu_lines+=("$MEASURE_CPU_LINE")

    tps=$(awk '/^tps = / { print $3; exit }' "$out")
    failed=$(awk -F': ' '/^number of failed transactions/ { split($2, a, " "); print a[1] }' "$out")
    [[ -n $tps ]] || die "$name: cannot read pgbench output: $(cat "$out")"
    [[ -z $failed || $failed == 0 ]] || lines+=("WARN bench $name: pgbench -c $c had $failed failed transactions")
    # Closed loop, so by Little's law the mean latency is clients / throughput; the log's mean must be close to
    # that (a bit below: the client's own time between transactions is not in the log). If it is not, the log
    # cannot be trusted and the line says avg (from pgbench's own "latency average") instead of p50/p99.
    local avg fp50="" fp99="" fmean=""
    avg=$(awk '/^latency average = / { print $4; exit }' "$out")
    if pcts=$(pgbench_percentiles "$prefix") && read -r fp50 fp99 fmean <<< "$pcts" \
        && awk -v m="$fmean" -v a="$avg" 'BEGIN { exit !(m >= 0.5 * a && m <= 1.2 * a) }'; then
      floor_part=$(printf 'floor(pgbench c=%d) %.0f tx/s p50 %.2f ms p99 %.2f ms' "$c" "$tps" "$fp50" "$fp99")
    else
      floor_part=$(printf 'floor(pgbench c=%d) %.0f tx/s avg %.2f ms (no p50/p99: per-transaction log unusable)' \
        "$c" "$tps" "$avg")
    fi
    cpu_lines+=("$(printf '# latency %s floor c=%d: pgbench latency average (clients/tps) %s ms, per-transaction log mean %s ms' \
      "$name" "$c" "$avg" "${fmean:-?}")")
    rm -f "$prefix".*
    lines+=("$(printf 'bench %s: module %.0f req/s p50 %.2f ms%s p99 %.2f ms | %s | ratio %.2f | module pool %d%s' \
      "$name" "$rps" "$p50" "$p95_part" "$p99" "$floor_part" "$(awk -v a="$rps" -v b="$tps" 'BEGIN { print a / b }')" \
      "$BENCH_POOL_SIZE" "$(cpu_per_op_part "$module_java_us" "$module_pg_us" "$MEASURE_PG_US" "$MEASURE_CLIENT_US")")")
  done

  if [[ ${non2xx:-0} != 0 || ${sock:-0} != 0 ]]; then
    lines+=("WARN bench $name: wrk saw ${non2xx:-0} non-2xx responses and ${sock:-0} socket errors out of $total requests")
  fi
  local line
  for line in "${lines[@]}" "${cpu_lines[@]}"; do
    emit "$line"
  done
}

failed_scenarios=()
for s in "${SCENARIOS[@]}"; do
  set +e
  ( set -e; run_scenario "$s" )
  rc=$?
  set -e
  if (( rc != 0 )); then
    emit "FAILED bench $s (exit $rc)"
    failed_scenarios+=("$s")
  fi
done

log "results in ${OUT_FILE#"$REPO_ROOT"/}"
echo
grep -E '^(bench|WARN|FAILED) ' "$OUT_FILE" || true
(( ${#failed_scenarios[@]} == 0 )) || die "failed scenarios: ${failed_scenarios[*]}"
