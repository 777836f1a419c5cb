-- Which tenants the consortium exchange's timer runs for, read in one statement with the messages waiting in
-- consortium_message: a tenant is listed here while its publisher has something to watch (publishing rules, or a
-- rebuild under way), set in the transaction that changes its rules and taken out by the publisher when it finds
-- nothing left to publish. A tenant with neither costs the timer nothing.
CREATE TABLE consortium_publisher (
  tenant text PRIMARY KEY,
  since timestamptz NOT NULL DEFAULT now()
);

-- Once, for tenants that set rules before this table existed (the only time the platform reads tenant schemas).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT id FROM tenant LOOP
    IF to_regclass(format('%I.ill_consortium_publishing', t || '_mod_access_services')) IS NOT NULL THEN
      EXECUTE format('INSERT INTO consortium_publisher (tenant) SELECT $1 FROM %I.ill_consortium_publishing'
        ' WHERE rules <> ''[]'' OR rebuild_after IS NOT NULL ON CONFLICT DO NOTHING', t || '_mod_access_services') USING t;
    END IF;
  END LOOP;
END $$;
