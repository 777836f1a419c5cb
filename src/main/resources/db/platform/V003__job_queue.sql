-- Background jobs of all tenants (imports, syncs), claimed by any module instance with FOR UPDATE SKIP LOCKED.
-- A running job holds a lease (locked_until) that its progress reports extend; an expired lease means the
-- instance died, and the job is claimed again.
CREATE TABLE job (
  id uuid PRIMARY KEY,
  tenant text NOT NULL,
  type text NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'running', 'completed', 'failed')),
  payload jsonb NOT NULL,
  progress jsonb NOT NULL DEFAULT '{}',
  error text,
  attempts int NOT NULL DEFAULT 0,
  run_after timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_claimable_idx ON job (run_after) WHERE state IN ('queued', 'running');
CREATE INDEX job_tenant_idx ON job (tenant, type, created_at);
