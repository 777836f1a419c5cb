-- The bench knowledge base: 1,000,000 titles in 2,000 managed packages of 20 providers, written straight into a
-- tenant's schema (psql variable `schema`, default bench_mod_access_services; the tenant must be enabled and hold
-- no eholdings content yet), following the storage contract of db/tenant/V002__eholdings.sql. Deterministic (no
-- random(), no now()): the same rows every time.
--
--   psql -X -v schema=benchkb_mod_access_services -f bench/generators/eholdings-1m.sql   (2-3 minutes on 2 cores)
--
-- providers 1..20       'Bench Provider <p>', external_key 'bench provider <p>'
-- packages 1..2000      provider 1 + (k - 1) % 20, content type by k % 9, every fifth selected (k % 5 = 0) with
--                       all its resources; external_key 'bench package <k>'
-- titles 1..1,000,000   even n: a Journal with a print ISSN from 2n and an online ISSN from 2n + 1 (valid check
--                       characters), key 'issn:<online>'; odd n: a Book with ISBN-13s 978<n> (print) and
--                       978<500,000,000 + n> (online), an author, key 'isbn:<online>'. Names are made of 8
--                       forms x 8 qualifiers x 60 fields x 12 regions ("Annals of Applied Hydrology (Baltic)"),
--                       so a name search finds realistic numbers: a field matches 1/60 of the titles.
-- resources             every title in package 1 + (n - 1) % 2000 (500 each), and every tenth title also in
--                       package 1 + (7n/10) % 2000: about 1,100,000
-- tags                  every 50th package 'core', every 1000th title of a package 'trial', every 5000th title
--                       'review'
-- Title ids are given (1..1,000,000), so the sequences are set past them.
\set ON_ERROR_STOP 1
\if :{?schema}
\else
\set schema bench_mod_access_services
\endif
SET search_path TO :"schema", public;
SET synchronous_commit TO off;

-- The check character of the ISSN of a number below 10,000,000 (its 7 digits, weights 8..2, mod 11).
CREATE FUNCTION pg_temp.issn(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(lpad(k::text, 7, '0'), 1, 4) || '-' || substr(lpad(k::text, 7, '0'), 5, 3)
    || CASE c WHEN 10 THEN 'X' ELSE c::text END
  FROM (SELECT (11 - (8 * (k / 1000000 % 10) + 7 * (k / 100000 % 10) + 6 * (k / 10000 % 10) + 5 * (k / 1000 % 10)
    + 4 * (k / 100 % 10) + 3 * (k / 10 % 10) + 2 * (k % 10)) % 11) % 11 AS c) x $$;
-- The ISBN-13 978<9 digits of k> with its check digit (weights 1,3,1,3...; 9,7,8 weigh 38).
CREATE FUNCTION pg_temp.isbn(k bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '978' || lpad(k::text, 9, '0') || ((10 - (38 + 3 * (k / 100000000 % 10) + (k / 10000000 % 10)
    + 3 * (k / 1000000 % 10) + (k / 100000 % 10) + 3 * (k / 10000 % 10) + (k / 1000 % 10) + 3 * (k / 100 % 10)
    + (k / 10 % 10) + 3 * (k % 10)) % 10) % 10)::text $$;

BEGIN;
INSERT INTO providers (id, name, external_key, jsonb)
  SELECT p, 'Bench Provider ' || p, 'bench provider ' || p, '{"supportsCustomPackages": false}'
  FROM generate_series(1, 20) AS p;

INSERT INTO packages (id, provider_id, name, content_type, is_custom, is_selected, external_key, jsonb)
  SELECT k, 1 + (k - 1) % 20, 'Bench Package ' || k || ' ' || (ARRAY['Journals', 'Full Text', 'Index', 'Print Archive',
      'eBooks', 'Video', 'Reference', 'Collection', 'Backfile'])[1 + k % 9],
    (ARRAY['E-Journal', 'Aggregated Full Text', 'Abstract and Index', 'Print', 'E-Book', 'Streaming Media',
      'Online Reference', 'Mixed Content', 'Unknown'])[1 + k % 9],
    false, k % 5 = 0, 'bench package ' || k,
    jsonb_build_object('packageType', CASE WHEN k % 5 = 0 THEN 'Complete' ELSE 'Variable' END, 'allowKbToAddTitles', k % 5 = 0)
  FROM generate_series(1, 2000) AS k;

-- Titles and their resources in one statement, as a KBART merge writes them: the trigger that writes the titles' names
-- runs after both and writes each name with its packages (V072), where resources inserted by a later statement would
-- update every name again.
WITH added_titles AS (INSERT INTO titles (id, name, publication_type, publisher_name, is_custom, isxn, subjects, external_key, jsonb)
  SELECT n, t.name, t.type, t.publisher, false, t.isxn, t.field, t.key,
    jsonb_build_object('name', t.name, 'publicationType', t.type, 'publisherName', t.publisher,
      'isPeerReviewed', n % 2 = 0 AND n % 3 > 0, 'contributors', t.contributors, 'identifiers', t.identifiers,
      'subjects', jsonb_build_array(jsonb_build_object('type', 'TLI', 'subject', t.field)))
  FROM generate_series(1::bigint, 1000000) AS n,
  LATERAL (SELECT (ARRAY['Coastal Ecology', 'Marine Biology', 'Soil Science', 'Plant Genetics', 'Hydrology',
      'Atmospheric Chemistry', 'Glaciology', 'Volcanology', 'Ornithology', 'Entomology', 'Mycology', 'Neuroscience',
      'Immunology', 'Epidemiology', 'Public Health', 'Nursing Practice', 'Pharmacology', 'Veterinary Medicine',
      'Dentistry', 'Sports Medicine', 'Clinical Psychology', 'Developmental Psychology', 'Sociology', 'Social Work',
      'Criminology', 'Urban Planning', 'Human Geography', 'Demography', 'Economic History', 'Labour Economics',
      'Public Finance', 'Accounting', 'Marketing', 'Operations Research', 'Applied Mathematics', 'Number Theory',
      'Statistics', 'Computer Science', 'Information Retrieval', 'Library Science', 'Archival Studies', 'Linguistics',
      'Translation Studies', 'Classical Studies', 'Medieval History', 'Art History', 'Musicology', 'Film Studies',
      'Theatre Studies', 'Philosophy of Science', 'Ethics', 'Theology', 'Political Theory', 'International Relations',
      'Constitutional Law', 'Maritime Law', 'Civil Engineering', 'Materials Science', 'Robotics',
      'Renewable Energy'])[1 + (n * 7919) % 60] AS field,
    (ARRAY['', 'Applied ', 'Theoretical ', 'Comparative ', 'Experimental ', 'Historical ', 'Quantitative ',
      'Regional '])[1 + (n / 60) % 8] AS qualifier,
    (ARRAY['Baltic', 'Pacific', 'Andean', 'Nordic', 'Iberian', 'Alpine', 'Sahel', 'Deccan', 'Caspian', 'Arctic',
      'Levant', 'Patagonian'])[1 + (n / 480) % 12] AS region,
    'Bench Publisher ' || (n * 31) % 500 AS publisher) AS w,
  LATERAL (SELECT CASE WHEN n % 2 = 0
        THEN format((ARRAY['Journal of %s', 'Annals of %s', 'Review of %s', 'International Journal of %s',
          'Bulletin of %s', 'Advances in %s', 'Studies in %s', 'Archives of %s'])[1 + (n / 5760) % 8], w.qualifier || w.field)
        ELSE format((ARRAY['Introduction to %s', 'A History of %s', 'Handbook of %s', 'Principles of %s',
          'Foundations of %s', 'Essays on %s', 'The Practice of %s', 'Understanding %s'])[1 + (n / 5760) % 8],
          w.qualifier || w.field) END || ' (' || w.region || ')' AS name,
      CASE WHEN n % 2 = 0 THEN 'Journal' ELSE 'Book' END AS type,
      w.publisher, w.field,
      CASE WHEN n % 2 = 0 THEN ARRAY[replace(pg_temp.issn(2 * n), '-', ''), replace(pg_temp.issn(2 * n + 1), '-', '')]
        ELSE ARRAY[pg_temp.isbn(n), pg_temp.isbn(500000000 + n)] END AS isxn,
      CASE WHEN n % 2 = 0 THEN 'issn:' || replace(pg_temp.issn(2 * n + 1), '-', '')
        ELSE 'isbn:' || pg_temp.isbn(500000000 + n) END AS key,
      CASE WHEN n % 2 = 0 THEN jsonb_build_array(
          jsonb_build_object('id', pg_temp.issn(2 * n), 'type', 'ISSN', 'subtype', 'Print'),
          jsonb_build_object('id', pg_temp.issn(2 * n + 1), 'type', 'ISSN', 'subtype', 'Online'))
        ELSE jsonb_build_array(jsonb_build_object('id', pg_temp.isbn(n), 'type', 'ISBN', 'subtype', 'Print'),
          jsonb_build_object('id', pg_temp.isbn(500000000 + n), 'type', 'ISBN', 'subtype', 'Online')) END AS identifiers,
      CASE WHEN n % 2 = 0 THEN '[]'::jsonb
        ELSE jsonb_build_array(jsonb_build_object('type', 'Author', 'contributor', 'Author ' || n)) END AS contributors
  ) AS t)
INSERT INTO resources (package_id, title_id, provider_id, is_selected, jsonb)
  SELECT k, n, 1 + (k - 1) % 20, k % 5 = 0,
    jsonb_build_object('url', 'https://content.example.org/t/' || n, 'customCoverages', '[]'::jsonb,
      'managedCoverages', CASE WHEN n % 2 = 0
        THEN jsonb_build_array(jsonb_build_object('beginCoverage', (1950 + n % 70) || '-01-01', 'endCoverage', ''))
        ELSE jsonb_build_array(jsonb_build_object('beginCoverage', (1990 + n % 35) || '-01-01',
          'endCoverage', (1990 + n % 35) || '-12-31')) END)
      || CASE WHEN n % 14 = 0 THEN '{"managedEmbargoPeriod": {"embargoUnit": "Months", "embargoValue": 6}}'::jsonb
        ELSE '{}'::jsonb END
  FROM generate_series(1::bigint, 1000000) AS n,
  LATERAL (SELECT 1 + (n - 1) % 2000 AS k UNION SELECT 1 + (n * 7 / 10) % 2000 WHERE n % 10 = 0) AS p;

UPDATE packages k SET title_count = c.n, selected_count = c.s
  FROM (SELECT package_id, count(*) AS n, count(*) FILTER (WHERE is_selected) AS s FROM resources GROUP BY package_id) c
  WHERE k.id = c.package_id AND k.id <= 2000;

INSERT INTO record_tags (record_type, record_id, tag)
  SELECT 'package', (1 + (k - 1) % 20) || '-' || k, 'core' FROM generate_series(50, 2000, 50) AS k
  UNION ALL SELECT 'resource', provider_id || '-' || package_id || '-' || title_id, 'trial'
    FROM resources WHERE package_id <= 2000 AND title_id % 1000 = 0
  UNION ALL SELECT 'title', n::text, 'review' FROM generate_series(5000, 1000000, 5000) AS n;

SELECT setval('package_id_seq', greatest(2001, (SELECT last_value FROM package_id_seq)));
SELECT setval('title_id_seq', greatest(1000001, (SELECT last_value FROM title_id_seq)));
COMMIT;
VACUUM ANALYZE providers;
VACUUM ANALYZE packages;
VACUUM ANALYZE titles;
VACUUM ANALYZE title_names;
VACUUM ANALYZE resources;
VACUUM ANALYZE record_tags;
