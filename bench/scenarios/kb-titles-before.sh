# Scenario "kb-titles-before": the title search statements of before the word index (issue 14), run as a floor
# (pgbench, no module) on the same knowledge base in the same run, for the texts of kb-titles-contains,
# kb-titles-beginswith and kb-titles-rare: the "before" of NEWS. They need the trigram index on title_names that
# migration V043 dropped: it is built for the measurement (a minute) and dropped again after it.
NAME_KIND=contains
source "$BENCH_DIR/scenarios/kb-names.inc"

SCENARIO_DESCRIPTION="the title search statements before the word index, as a floor (pgbench -c pool size)"

scenario_setup() {
  kb_name_texts
  log "kb-titles-before: building the trigram index of V004 on title_names"
  bench_psql -q -c "CREATE INDEX IF NOT EXISTS title_names_name_trgm_idx ON \"$KB\".title_names USING gin (name gin_trgm_ops)" \
    -c "ANALYZE \"$KB\".title_names"
}

scenario_measure() {
  local kind dir=$WORK_DIR/kb-titles-before c=$BENCH_POOL_SIZE
  mkdir -p "$dir"
  for kind in contains beginswith rare; do
    NAME_KIND=$kind
    NAME_TEXT_COUNT=$(bench_psql -At -c "SELECT count(*) FROM public.bench_kb_name_texts WHERE kind = '$kind'")
    { echo '\set bench_clock_reset 0'; kb_name_floor_sql_before; } > "$dir/$kind.sql"
    local pgb=(-n -M extended -f "$dir/$kind.sql" -c "$c" -j "$(( BENCH_THREADS < c ? BENCH_THREADS : c ))")
    timeout -k 5 $(( BENCH_WARMUP_SECONDS + 30 )) pgbench "${pgb[@]}" -T "$BENCH_WARMUP_SECONDS" > "$dir/$kind-warmup.txt" 2>&1 \
      || die "kb-titles-before: pgbench warm-up failed: $(cat "$dir/$kind-warmup.txt")"
    measure "kb-titles-before $kind floor c=$c" pgbench "$dir/$kind.txt" \
      pgbench_logged "$dir/$kind-log" "${pgb[@]}" -T "$BENCH_SECONDS" || die "kb-titles-before: pgbench failed: $(cat "$dir/$kind.txt")"
    emit "$(cat "$dir/$kind-log".* | awk '{ print $3 }' | sort -n | awk -v kind="$kind" -v c="$c" \
      -v tps="$(awk '/^tps = / { print $3; exit }' "$dir/$kind.txt")" '{ v[NR] = $1 }
      END { printf "bench kb-titles-before %s: floor(before, pgbench c=%d) %.0f tx/s p50 %.2f ms p95 %.2f ms p99 %.2f ms\n",
        kind, c, tps, v[int(NR * 0.50 + 0.99)] / 1000, v[int(NR * 0.95 + 0.99)] / 1000, v[int(NR * 0.99 + 0.99)] / 1000 }')"
    emit "$MEASURE_CPU_LINE"
    rm -f "$dir/$kind-log".*
  done
  bench_psql -q -c "DROP INDEX \"$KB\".title_names_name_trgm_idx"
}
