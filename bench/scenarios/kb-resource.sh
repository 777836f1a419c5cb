# Scenario "kb-resource": GET /eholdings/resources/{id}?include=package,title over 1,100,000 resources.
#
# What ui-eholdings asks when it opens a title in a package. The module reads everything the document shows in one
# statement (ResourceViewRepository): the resource with its title, package and provider by primary keys, the root
# proxy, the tags of resource, package and title, whether any package holds the title selected, and the resource's
# access type. Each request is a random title of the 1,000,000 in its first package.

source "$BENCH_DIR/scenarios/kb.inc"

SCENARIO_DESCRIPTION="GET /eholdings/resources/{id}?include=package,title, random resources of 1,100,000"
SCENARIO_CHECK_PATH="/eholdings/resources/2-2-2?include=package,title"
# Measured on a warm instance, as econtent-checkout is: it runs first on a fresh one, and a 5 s warm-up left the JIT
# moving its figure (java 556 against 738 us a request between two quiet runs), and with it every kb-titles-* ratio.
SCENARIO_WARMUP_SECONDS=60

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

# Floor: the module's one statement, prepared, for the same random resource. Extra work of the floor: the server
# builds the record ids of the tag lookups (the module binds them as text) and the resource's ids from n.
SCENARIO_FLOOR_DEFINES=(-D kb=80898dee-449f-44dd-9c8e-37d5eb469b1d)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set n random(1, $KB_TITLES)
\set k 1 + (:n - 1) % 2000
\set pr 1 + (:k - 1) % 20
SELECT r.package_id, r.provider_id, r.is_selected, r.is_hidden, r.proxy_id, r.access_type_id, r.jsonb::text AS doc,
  t.id AS title_id, t.name AS title_name, t.publication_type, t.publisher_name, t.is_custom AS title_custom,
  t.jsonb::text AS title_doc, k.name AS package_name, k.content_type, k.is_custom AS package_custom,
  k.proxy_id AS package_proxy_id, (k.jsonb->'customCoverage')::text AS package_coverage, pr.name AS provider_name,
  pr.proxy_id AS provider_proxy_id, k.id AS pkg_id, k.provider_id AS pkg_provider_id, pr.name AS pkg_provider_name,
  pr.proxy_id AS pkg_provider_proxy_id, k.name AS pkg_name, k.content_type AS pkg_content_type,
  k.is_custom AS pkg_is_custom, k.is_selected AS pkg_is_selected, k.is_hidden AS pkg_is_hidden,
  k.title_count AS pkg_title_count, k.selected_count AS pkg_selected_count, k.proxy_id AS pkg_proxy_id,
  k.access_type_id AS pkg_access_type_id, k.jsonb::text AS pkg_doc,
  (SELECT jsonb->>'rootProxyId' FROM "$KB".kb_credentials ORDER BY (id = :kb::uuid) DESC, created_at LIMIT 1) AS root_proxy,
  ARRAY(SELECT g.tag FROM "$KB".record_tags g WHERE g.record_type = 'resource' AND g.record_id = :pr || '-' || :k || '-' || :n
    ORDER BY g.tag) AS resource_tags,
  ARRAY(SELECT g.tag FROM "$KB".record_tags g WHERE g.record_type = 'package' AND g.record_id = :pr || '-' || :k
    ORDER BY g.tag) AS package_tags,
  ARRAY(SELECT g.tag FROM "$KB".record_tags g WHERE g.record_type = 'title' AND g.record_id = :n::text
    ORDER BY g.tag) AS title_tags,
  EXISTS (SELECT 1 FROM "$KB".resources s WHERE s.title_id = r.title_id AND s.is_selected) AS title_selected,
  a.id AS at_id, a.credentials_id AS at_credentials_id, a.name AS at_name, a.jsonb::text AS at_doc
  FROM "$KB".resources r JOIN "$KB".titles t ON t.id = r.title_id JOIN "$KB".packages k ON k.id = r.package_id
  JOIN "$KB".providers pr ON pr.id = r.provider_id LEFT JOIN "$KB".access_types a ON a.id = r.access_type_id
  WHERE r.package_id = :k AND r.title_id = :n AND r.provider_id = :pr;
SQL
)
