# Scenario "kb-titles-beginswith": title search by the beginning of names (filter[name], relevance) over
# 1,000,000 titles; see kb-names.inc.
NAME_KIND=beginswith
source "$BENCH_DIR/scenarios/kb-names.inc"

SCENARIO_DESCRIPTION="GET /eholdings/titles?filter[name]=<beginning of names>&count=25 over 1,000,000 titles"
SCENARIO_CHECK_PATH="/eholdings/titles?filter%5Bname%5D=journal%20of&count=25"
SCENARIO_FLOOR_MODE=prepared

scenario_setup() {
  kb_name_texts
  SCENARIO_WRK_LUA=$(kb_name_wrk_lua)
  SCENARIO_FLOOR_SQL=$(kb_name_floor_sql)
}
