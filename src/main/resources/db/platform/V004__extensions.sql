-- Trigram indexes for substring search (title and package names). Extensions are per database, so the
-- module installs them once, here, rather than in each tenant's migrations.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
