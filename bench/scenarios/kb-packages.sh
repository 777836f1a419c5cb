# Scenario "kb-packages": GET /eholdings/packages?q=bench package <n>&q[type]=contains|beginswith&count=100.
#
# The package search of ui-eholdings (count=100) over the 2,000 packages of the kb knowledge base, half the
# requests with q[type]=contains (every word somewhere in the name: "bench package 7" matches 542 packages),
# half with beginswith (111 for n = 1..9). The module runs the page with its total (count(*) OVER ()), ranked
# exact name, then names starting with the text, then whole words, then the rest; then the root proxy and the
# tags of the page's packages.

source "$BENCH_DIR/scenarios/kb.inc"

SCENARIO_DESCRIPTION="GET /eholdings/packages?q=bench package <n>&q[type]=contains|beginswith&count=100 over 2,000 packages"
SCENARIO_CHECK_PATH="/eholdings/packages?q=bench%20package%207&q%5Btype%5D=contains&count=100"

scenario_setup() {
  kb_load
}

SCENARIO_WRK_LUA=$(cat <<LUA
$KB_LUA_PRELUDE
local contains = false
function request()
  contains = not contains
  local kind = contains and "contains" or "beginswith"
  return wrk.format(nil, "/eholdings/packages?q=bench%20package%20" .. math.random(1, 2000) .. "&q%5Btype%5D=" .. kind .. "&count=100")
end
LUA
)

# Floor: the module's statements, prepared, for the same kinds of search. Extra work of the floor: the server builds
# the patterns from n, and the record ids of the tags lookup (100 consecutive packages from n, where the module
# binds the ids of the page it read).
SCENARIO_FLOOR_DEFINES=(-D kb=80898dee-449f-44dd-9c8e-37d5eb469b1d -D package=package -D bench=%bench% -D pkg=%package%)
KB_PACKAGE_COLUMNS="count(*) OVER () AS total, k.id, k.provider_id, pr.name AS provider_name, pr.proxy_id AS provider_proxy_id,
  k.name, k.content_type, k.is_custom, k.is_selected, k.is_hidden, k.title_count, k.selected_count, k.proxy_id,
  k.access_type_id, k.jsonb::text AS doc FROM \"$KB\".packages k JOIN \"$KB\".providers pr ON pr.id = k.provider_id"
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set n random(1, 2000)
\set contains random(0, 1)
\if :contains
SELECT $KB_PACKAGE_COLUMNS WHERE (lower(k.name) LIKE :bench AND lower(k.name) LIKE :pkg AND lower(k.name) LIKE '%' || :n || '%')
  ORDER BY CASE WHEN lower(k.name) = 'bench package ' || :n THEN 0 WHEN lower(k.name) LIKE 'bench package ' || :n || '%' THEN 1
  WHEN lower(k.name) ~ ('\\mbench package ' || :n || '\\M') THEN 2 ELSE 3 END, lower(k.name), k.id LIMIT 100 OFFSET 0;
\else
SELECT $KB_PACKAGE_COLUMNS WHERE lower(k.name) LIKE 'bench package ' || :n || '%'
  ORDER BY CASE WHEN lower(k.name) = 'bench package ' || :n THEN 0 WHEN lower(k.name) LIKE 'bench package ' || :n || '%' THEN 1
  WHEN lower(k.name) ~ ('\\mbench package ' || :n || '\\M') THEN 2 ELSE 3 END, lower(k.name), k.id LIMIT 100 OFFSET 0;
\endif
SELECT jsonb->>'rootProxyId' AS root FROM "$KB".kb_credentials ORDER BY (id = :kb::uuid) DESC, created_at LIMIT 1;
SELECT record_id, tag FROM "$KB".record_tags WHERE record_type = :package
  AND record_id = ANY(ARRAY(SELECT (1 + (g - 1) % 20) || '-' || g FROM generate_series(:n, :n + 99) g)) ORDER BY tag;
SQL
)
