# Scenario "health": GET /admin/health, the cheapest request that still touches the database.
# The module answers it with pool.query("SELECT 1") — the simple-query protocol, not a prepared statement —
# so the floor runs the same statement in pgbench's simple mode: the same database work, nothing more.
SCENARIO_DESCRIPTION="GET /admin/health (SELECT 1 on the pool)"
SCENARIO_PATH=/admin/health
SCENARIO_FLOOR_MODE=simple
SCENARIO_FLOOR_SQL='SELECT 1;'
