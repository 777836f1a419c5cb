# Scenario "eholdings-title-search": GET /eholdings/titles?filter[name]=<word> over a million titles.
#
# The module answers with two statements on two pool connections, each in a transaction with
# plan_cache_mode = force_custom_plan: the page (four name tiers in relevance order, each read in name order
# from titles_name_c_idx or ranked over the trigram matches, stopping when the page is full) and the size of
# the matching set (at most 5,001 titles) with its package facets; then the tags and selection of the 25 titles.
#
# Data: TITLE_ROWS titles whose names are 2 to 6 words of a 3,000-word vocabulary (bench_vocab, words made from
# md5 so that the setup is deterministic), words drawn with a skew (n = 1 + 2999 * random()^2.2, so the first
# words are common and most are rare, as in real title lists); 300 packages of 50 providers, each title in one
# or two packages (about 1.5 resources per title), a third of them selected. Both wrk and pgbench pick a word of
# the vocabulary uniformly at random: a librarian's search word, mostly rare, sometimes very common.

TITLE_ROWS=${EHOLDINGS_TITLE_ROWS:-1000000}
TITLE_WORDS_FILE=$WORK_DIR/eholdings-title-words.txt

SCENARIO_DESCRIPTION="GET /eholdings/titles?filter[name]=<word>: relevance page, capped count and facets over $TITLE_ROWS titles"
SCENARIO_CHECK_PATH="/eholdings/titles?filter%5Bname%5D=journal&count=25"

scenario_setup() {
  bench_psql <<SQL
SET search_path TO bench_mod_access_services, public;
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.42);
CREATE TABLE bench_vocab AS
  SELECT n, CASE WHEN n <= 5 THEN (ARRAY['journal', 'review', 'studies', 'research', 'letters'])[n]
                 ELSE translate(substr(md5(n::text), 1, 4 + n % 6), '0123456789', 'ghijklmnop') END AS w
  FROM generate_series(1, 3000) n;
ALTER TABLE bench_vocab ADD PRIMARY KEY (n);
INSERT INTO providers (id, name, jsonb) SELECT g, 'Bench provider ' || g, '{}' FROM generate_series(1, 50) g;
INSERT INTO packages (id, provider_id, name, content_type, is_custom, is_selected, jsonb)
  SELECT g, 1 + (g - 1) / 6, 'Bench package ' || g, 'E-Journal', false, true, '{"packageType": "Complete"}'
  FROM generate_series(1, 300) g;
INSERT INTO titles (id, name, publication_type, publisher_name, is_custom, isxn, subjects, jsonb)
  SELECT g, x.name, 'Journal', 'Bench publisher ' || (g % 300), false,
         ARRAY[lpad(((g::bigint * 7919) % 100000000)::text, 8, '0')], '',
         jsonb_build_object('name', x.name, 'publicationType', 'Journal', 'contributors', '[]'::jsonb,
           'identifiers', jsonb_build_array(jsonb_build_object('id', lpad(((g::bigint * 7919) % 100000000)::text, 8, '0'),
             'type', 'ISSN', 'subtype', 'Print')), 'subjects', '[]'::jsonb)
  FROM generate_series(1, $TITLE_ROWS) g
  CROSS JOIN LATERAL (
    SELECT initcap(string_agg((SELECT w FROM bench_vocab v WHERE v.n = i.n), ' ' ORDER BY i.k)) AS name
    FROM (SELECT k, 1 + floor(2999 * power(random(), 2.2))::int AS n FROM generate_series(1, 2 + g % 5) k) i) x;
INSERT INTO resources (package_id, title_id, provider_id, is_selected, jsonb)
  SELECT p, g, 1 + (p - 1) / 6, g % 3 = 0, '{}'
  FROM generate_series(1, $TITLE_ROWS) g
  CROSS JOIN LATERAL (SELECT DISTINCT 1 + ((g::bigint * m) % 300)::int AS p FROM unnest(ARRAY[31, 17]) m
                      WHERE m = 31 OR g % 2 = 0) pk;
UPDATE packages k SET title_count = c.n, selected_count = c.s
  FROM (SELECT package_id, count(*) AS n, count(*) FILTER (WHERE is_selected) AS s FROM resources GROUP BY package_id) c
  WHERE c.package_id = k.id;
VACUUM ANALYZE titles;
VACUUM ANALYZE resources;
VACUUM ANALYZE packages;
SQL
  bench_psql -At -c "SELECT w FROM bench_mod_access_services.bench_vocab ORDER BY n" > "$TITLE_WORDS_FILE"
  bench_psql -At -F ' ' -c "SELECT (SELECT count(*) FROM bench_mod_access_services.titles),
      (SELECT count(*) FROM bench_mod_access_services.resources)" |
    { read -r titles resources; log "eholdings-title-search: $titles titles, $resources resources"; }
}

SCENARIO_WRK_LUA=$(cat <<LUA
local threads = 0
local words = {}
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end
function init(args)
  for line in io.lines("$TITLE_WORDS_FILE") do words[#words + 1] = line end
  math.randomseed(4242 + thread_no)
end
function request()
  local word = words[math.random(1, #words)]
  return wrk.format(nil, "/eholdings/titles?filter%5Bname%5D=" .. word .. "&count=25")
end
LUA
)

# Floor: the module's two statements for the same word, planned per execution (extended protocol, unnamed
# statements, as force_custom_plan does for the module), without the 25-title tags and selection lookups.
SCENARIO_FLOOR_MODE=extended
SCENARIO_FLOOR_SQL=$(cat <<'SQL'
\set n random(1, 3000)
SELECT w AS word FROM bench_mod_access_services.bench_vocab WHERE n = :n \gset
WITH page AS (
  (SELECT 0 AS tier, t.id, lower(t.name) COLLATE "C" AS sort_name FROM bench_mod_access_services.titles t
    WHERE lower(t.name) = :word::text ORDER BY 3, 2 LIMIT 25)
  UNION ALL (SELECT 1, t.id, lower(t.name) COLLATE "C" FROM bench_mod_access_services.titles t
    WHERE lower(t.name) COLLATE "C" LIKE :word::text || '%' AND lower(t.name) <> :word::text ORDER BY 3, 2 LIMIT 25)
  UNION ALL (SELECT 2, t.id, lower(t.name) COLLATE "C" FROM bench_mod_access_services.titles t
    WHERE lower(t.name) LIKE '%' || :word::text || '%' AND (lower(t.name) || '') ~ ('\m' || :word::text || '\M')
      AND lower(t.name) COLLATE "C" NOT LIKE :word::text || '%' ORDER BY 3, 2 LIMIT 25)
  UNION ALL (SELECT 3, t.id, lower(t.name) COLLATE "C" FROM bench_mod_access_services.titles t
    WHERE lower(t.name) LIKE '%' || :word::text || '%' AND (lower(t.name) || '') !~ ('\m' || :word::text || '\M')
      AND lower(t.name) COLLATE "C" NOT LIKE :word::text || '%' ORDER BY 3, 2 LIMIT 25)
  LIMIT 25)
SELECT t.id, t.name, t.jsonb::text FROM page p JOIN bench_mod_access_services.titles t ON t.id = p.id
  ORDER BY p.tier, p.sort_name, p.id;
WITH m AS MATERIALIZED (SELECT t.id FROM bench_mod_access_services.titles t
    WHERE lower(t.name) LIKE '%' || :word::text || '%' LIMIT 5001)
SELECT c.total, f.package_id, f.n FROM (SELECT count(*) AS total FROM m) c
  LEFT JOIN LATERAL (SELECT x.package_id, count(*) AS n FROM m CROSS JOIN LATERAL
    (SELECT r.package_id FROM bench_mod_access_services.resources r WHERE r.title_id = m.id) x
    GROUP BY x.package_id ORDER BY n DESC LIMIT 100) f ON true;
SQL
)
