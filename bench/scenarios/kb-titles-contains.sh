# Scenario "kb-titles-contains": title search by a word or two inside names (filter[name], relevance) over
# 1,000,000 titles; see kb-names.inc.
NAME_KIND=contains
source "$BENCH_DIR/scenarios/kb-names.inc"

SCENARIO_DESCRIPTION="GET /eholdings/titles?filter[name]=<word inside names>&count=25 over 1,000,000 titles"
SCENARIO_CHECK_PATH="/eholdings/titles?filter%5Bname%5D=dentistry&count=25"
SCENARIO_FLOOR_MODE=prepared

scenario_setup() {
  kb_name_texts
  SCENARIO_WRK_LUA=$(kb_name_wrk_lua)
  SCENARIO_FLOOR_SQL=$(kb_name_floor_sql)
}
