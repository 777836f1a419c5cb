-- Which tenants the ILL routing timer visits (every 5 s): those whose settings name a broker to route by (a broker
-- URL, or the consortium broker), listed in the transaction that saves the settings and taken out by the save that
-- leaves none. The timer reads this one table instead of every tenant's ill_settings. A tenant without routing costs
-- the timer nothing.
CREATE TABLE ill_routing_tenant (
  tenant text PRIMARY KEY,
  since timestamptz NOT NULL DEFAULT now()
);

-- Once, for tenants that configured routing before this table existed (as V006 does for the consortium's publishers).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT id FROM tenant LOOP
    IF to_regclass(format('%I.ill_settings', t || '_mod_access_services')) IS NOT NULL THEN
      EXECUTE format('INSERT INTO ill_routing_tenant (tenant) SELECT $1 FROM %I.ill_settings'
        ' WHERE btrim(coalesce(settings->>''brokerUrl'', '''')) <> '''' OR settings->>''broker'' = ''consortium'' ON CONFLICT DO NOTHING',
        t || '_mod_access_services') USING t;
    END IF;
  END LOOP;
END $$;
