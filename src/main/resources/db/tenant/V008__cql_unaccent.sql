-- CQL matching ignores case and accents (description==Sovang finds "Søvang"): the generated SQL
-- folds both sides with lower(public.unaccent(...)). Extensions belong to the database, not to a
-- tenant's schema; IF NOT EXISTS makes this a no-op for every tenant after the first, and the
-- advisory lock keeps two tenants initialised at the same moment from both creating it.
-- unaccent is a trusted extension (PostgreSQL 13+): the module's database user needs the CREATE
-- privilege on the database (or a DBA runs this statement once beforehand).
SELECT pg_advisory_xact_lock(hashtext('mod_access_services:extension:unaccent'));
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
