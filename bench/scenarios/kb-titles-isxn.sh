# Scenario "kb-titles-isxn": GET /eholdings/titles?filter[isxn]=<ISSN or ISBN>&count=25 over 1,000,000 titles.
#
# A search by identifier, as a librarian pastes one: half online ISSNs of journals (with hyphen), half online
# ISBN-13s of books, of random titles of the kb knowledge base. The module runs one statement (the matching titles,
# their count and package facets, the page) in a transaction with plan_cache_mode = force_custom_plan, then whether
# the titles are selected and their tags.

source "$BENCH_DIR/scenarios/kb.inc"

SCENARIO_DESCRIPTION="GET /eholdings/titles?filter[isxn]=<online ISSN or ISBN>&count=25 over 1,000,000 titles"
SCENARIO_CHECK_PATH="/eholdings/titles?filter%5Bisxn%5D=0000-0051&count=25"

scenario_setup() {
  kb_load
}

# Lua: the online identifier of title n as bench/generators/eholdings-1m.sql makes it.
SCENARIO_WRK_LUA=$(cat <<LUA
$KB_LUA_PRELUDE
local function digit(x, p) return math.floor(x / p) % 10 end
local function issn(k)
  local sum = 8 * digit(k, 1000000) + 7 * digit(k, 100000) + 6 * digit(k, 10000) + 5 * digit(k, 1000)
    + 4 * digit(k, 100) + 3 * digit(k, 10) + 2 * digit(k, 1)
  local c = (11 - sum % 11) % 11
  local s = string.format("%07d", k)
  return s:sub(1, 4) .. "-" .. s:sub(5, 7) .. (c == 10 and "X" or tostring(c))
end
local function isbn(k)
  local s = "978" .. string.format("%09d", k)
  local sum = 0
  for i = 1, 12 do sum = sum + tonumber(s:sub(i, i)) * (i % 2 == 1 and 1 or 3) end
  return s .. tostring((10 - sum % 10) % 10)
end
function request()
  local n = math.random(1, $KB_TITLES)
  local id = (n % 2 == 0) and issn(2 * n + 1) or isbn(500000000 + n)
  return wrk.format(nil, "/eholdings/titles?filter%5Bisxn%5D=" .. id .. "&count=25")
end
LUA
)

# Floor: the module's statement for the same kind of identifier, prepared, in a transaction with plan_cache_mode =
# force_custom_plan as the module has it, then the selection and tags lookups of the titles found. Extra work of the
# floor: the server builds the identifier from n, and the lookups take title n where the module binds the ids it found.
SCENARIO_FLOOR_DEFINES=(-D title=title)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set n random(1, $KB_TITLES)
\if :n % 2 = 0
\set x 2 * :n + 1
\set c (11 - (8 * (:x / 1000000 % 10) + 7 * (:x / 100000 % 10) + 6 * (:x / 10000 % 10) + 5 * (:x / 1000 % 10) + 4 * (:x / 100 % 10) + 3 * (:x / 10 % 10) + 2 * (:x % 10)) % 11) % 11
\else
\set x 500000000 + :n
\set c (10 - (38 + 3 * (:x / 100000000 % 10) + (:x / 10000000 % 10) + 3 * (:x / 1000000 % 10) + (:x / 100000 % 10) + 3 * (:x / 10000 % 10) + (:x / 1000 % 10) + 3 * (:x / 100 % 10) + (:x / 10 % 10) + 3 * (:x % 10)) % 10) % 10
\endif
BEGIN;
SET LOCAL plan_cache_mode = force_custom_plan;
WITH matches AS MATERIALIZED (SELECT t.id, lower(t.name) COLLATE "C" AS name FROM "$KB".titles t
  WHERE t.isxn @> ARRAY[(CASE WHEN :n % 2 = 0 THEN lpad(:x::text, 7, '0') || CASE WHEN :c = 10 THEN 'X' ELSE :c::text END
    ELSE '978' || lpad(:x::text, 9, '0') || :c::text END)::text] AND TRUE LIMIT 5001),
counted AS (SELECT count(*) AS n FROM matches),
page AS (SELECT 0 AS tier, m.id, m.name AS sort_name FROM matches m ORDER BY 3, 2 LIMIT 25 OFFSET 0),
$(kb_search_tail)
COMMIT;
SELECT DISTINCT title_id FROM "$KB".resources WHERE title_id = ANY(ARRAY[:n]::bigint[]) AND is_selected;
SELECT record_id, tag FROM "$KB".record_tags WHERE record_type = :title AND record_id = ANY(ARRAY[:n::text]) ORDER BY tag;
SQL
)
