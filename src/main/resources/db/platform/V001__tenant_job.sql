CREATE TABLE tenant_job (
  id uuid PRIMARY KEY,
  tenant text NOT NULL,
  jsonb jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenant_job_tenant_idx ON tenant_job (tenant);
