-- Which tenants have the module enabled, for work that runs per tenant without a request (timers, jobs).
CREATE TABLE tenant (
  id text PRIMARY KEY,
  module_version text,
  enabled boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
