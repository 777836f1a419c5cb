# Scenario "kb-resource": GET /eholdings/resources/{id}?include=package,title over 1,100,000 resources.
#
# What ui-eholdings asks when it opens a title in a package. The module reads, one after the other: the resource
# with its title, package and provider (one join by primary keys), the root proxy, the resource's tags; the package
# with its provider, the root proxy again, the package's tags; whether the title is selected anywhere, and the
# title's tags: eight statements. Each request is a random title of the 1,000,000 in its first package.

source "$BENCH_DIR/scenarios/kb.inc"

SCENARIO_DESCRIPTION="GET /eholdings/resources/{id}?include=package,title, random resources of 1,100,000"
SCENARIO_CHECK_PATH="/eholdings/resources/2-2-2?include=package,title"

scenario_setup() {
  kb_load
}

SCENARIO_WRK_LUA=$(cat <<LUA
$KB_LUA_PRELUDE
function request()
  return wrk.format(nil, "/eholdings/resources/" .. resource_of(math.random(1, $KB_TITLES)) .. "?include=package,title")
end
LUA
)

# Floor: the module's eight statements, prepared, for the same random resource. Extra work of the floor: the server
# builds the record ids of the tag lookups (the module binds them as text arrays) and the resource's ids from n.
SCENARIO_FLOOR_DEFINES=(-D kb=80898dee-449f-44dd-9c8e-37d5eb469b1d -D resource=resource -D package=package -D title=title)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set n random(1, $KB_TITLES)
\set k 1 + (:n - 1) % 2000
\set pr 1 + (:k - 1) % 20
SELECT r.package_id, r.provider_id, r.is_selected, r.is_hidden, r.proxy_id, r.access_type_id, r.jsonb::text AS doc,
  t.id AS title_id, t.name AS title_name, t.publication_type, t.publisher_name, t.is_custom AS title_custom,
  t.jsonb::text AS title_doc, k.name AS package_name, k.content_type, k.is_custom AS package_custom,
  k.proxy_id AS package_proxy_id, (k.jsonb->'customCoverage')::text AS package_coverage, pr.name AS provider_name,
  pr.proxy_id AS provider_proxy_id FROM "$KB".resources r JOIN "$KB".titles t ON t.id = r.title_id
  JOIN "$KB".packages k ON k.id = r.package_id JOIN "$KB".providers pr ON pr.id = r.provider_id
  WHERE r.package_id = :k AND r.title_id = :n AND r.provider_id = :pr;
SELECT jsonb->>'rootProxyId' AS root FROM "$KB".kb_credentials ORDER BY (id = :kb::uuid) DESC, created_at LIMIT 1;
SELECT record_id, tag FROM "$KB".record_tags WHERE record_type = :resource AND record_id = ANY(ARRAY[:pr || '-' || :k || '-' || :n]) ORDER BY tag;
SELECT k.id, k.provider_id, pr.name AS provider_name, pr.proxy_id AS provider_proxy_id, k.name, k.content_type,
  k.is_custom, k.is_selected, k.is_hidden, k.title_count, k.selected_count, k.proxy_id, k.access_type_id,
  k.jsonb::text AS doc FROM "$KB".packages k JOIN "$KB".providers pr ON pr.id = k.provider_id
  WHERE k.id = :k AND k.provider_id = :pr;
SELECT jsonb->>'rootProxyId' AS root FROM "$KB".kb_credentials ORDER BY (id = :kb::uuid) DESC, created_at LIMIT 1;
SELECT record_id, tag FROM "$KB".record_tags WHERE record_type = :package AND record_id = ANY(ARRAY[:pr || '-' || :k]) ORDER BY tag;
SELECT DISTINCT title_id FROM "$KB".resources WHERE title_id = ANY(ARRAY[:n]::bigint[]) AND is_selected;
SELECT record_id, tag FROM "$KB".record_tags WHERE record_type = :title AND record_id = ANY(ARRAY[:n::text]) ORDER BY tag;
SQL
)
