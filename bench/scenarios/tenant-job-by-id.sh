# Scenario "tenant-job-by-id": a tenant-scoped GET of one record by id.
#
# GET /_/tenant/{id} (X-Okapi-Tenant: bench) runs, as a prepared statement on the module's pool,
#   SELECT jsonb::text AS doc FROM mod_access_services_platform.tenant_job WHERE id = $1 AND tenant = $2
# decodes the document and writes it back as the response.
#
# Data: TENANT_JOB_ROWS jobs of tenant bench, job n having id 00000000-0000-4000-8000-<n, 12 digits> and a
# ~300-byte document shaped like a finished enable job. Both wrk and pgbench pick n uniformly at random.

TENANT_JOB_ROWS=100000
TENANT_JOB_ID_PREFIX=00000000-0000-4000-8000-

SCENARIO_DESCRIPTION="GET /_/tenant/{id}: one of $TENANT_JOB_ROWS tenant_job rows by primary key and tenant"
SCENARIO_CHECK_PATH=/_/tenant/${TENANT_JOB_ID_PREFIX}000000000001

scenario_setup() {
  # Deterministic: ids, documents and created_at all follow from n.
  bench_psql <<SQL
INSERT INTO mod_access_services_platform.tenant_job (id, tenant, jsonb, created_at)
SELECT g.id, 'bench',
       jsonb_build_object(
         'id', g.id,
         'tenant', 'bench',
         'tenantAttributes', jsonb_build_object(
           'module_to', 'mod-access-services-1.0.0',
           'parameters', jsonb_build_array(
             jsonb_build_object('key', 'loadReference', 'value', (g.n % 2 = 0)::text),
             jsonb_build_object('key', 'loadSample', 'value', (g.n % 3 = 0)::text))),
         'complete', true,
         'messages', jsonb_build_array(
           '1 migration(s) applied',
           'reference data: ' || (g.n % 50) || ' record(s)')),
       timestamptz '2025-01-01 00:00:00+00' + g.n * interval '1 second'
FROM (SELECT n, ('$TENANT_JOB_ID_PREFIX' || lpad(n::text, 12, '0'))::uuid AS id
      FROM generate_series(1, $TENANT_JOB_ROWS) AS n) AS g;
VACUUM ANALYZE mod_access_services_platform.tenant_job;
SQL
  bench_psql -At -F ' ' -c "SELECT count(*), round(avg(octet_length(jsonb::text))) FROM
      mod_access_services_platform.tenant_job WHERE tenant = 'bench'" |
    { read -r rows bytes; log "tenant-job-by-id: $rows rows for tenant bench, jsonb::text of ~$bytes bytes"; }
}

# wrk: every thread has its own Lua state; each is seeded from its thread number, so runs repeat.
SCENARIO_WRK_LUA=$(cat <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end
function init(args)
  math.randomseed(4242 + thread_no)
end
function request()
  local n = math.random(1, $TENANT_JOB_ROWS)
  return wrk.format(nil, string.format("/_/tenant/$TENANT_JOB_ID_PREFIX%012d", n))
end
LUA
)

# Floor: the module's statement, prepared, with the tenant bound as a parameter. pgbench cannot build strings,
# so the id is built by the server from n: the only extra work is one concatenation, lpad and text->uuid cast
# per execution (evaluated once, before the index lookup).
SCENARIO_FLOOR_DEFINES=(-D tenant=bench)
SCENARIO_FLOOR_SQL=$(cat <<SQL
\set n random(1, $TENANT_JOB_ROWS)
SELECT jsonb::text AS doc FROM mod_access_services_platform.tenant_job
  WHERE id = ('$TENANT_JOB_ID_PREFIX' || lpad(:n::text, 12, '0'))::uuid AND tenant = :tenant;
SQL
)
