# Scenario "econtent-checkout-slow-vendor": the local checkout and return cycles of econtent-checkout, measured while
# a vendor that takes 2 s to answer every call is kept busy with vendor checkouts and returns (issue 12).
#
# Background load (started by the setup, ended by its own timeout after the module's measured run): 16 patrons,
# each in a loop: POST /econtent/loans of one of 200 vendor lendables (the vendor answers after 2 s), then POST
# /econtent/loans/{id}/return (again 2 s). So 16 vendor calls are always in flight, twice the module's pool of 8
# connections: if a relayed call held a connection (or a row lock) while the vendor thinks, the local checkouts
# would queue behind them. The vendor is a small Python server on a free port.
#
# Compare the module line with econtent-checkout's in the same run: same wrk Lua, same floor. SLOW_VENDOR_LOG names
# a file that gets "<status> <seconds>" of every vendor return (each after a vendor checkout), to see the load ran,
# and "checkout <status>" of every checkout the module refused (the patron then waits 1 s before the next).

source "$BENCH_DIR/scenarios/econtent-checkout.sh"
SLOW_VENDOR_SECONDS=2
SLOW_VENDOR_PATRONS=16
SCENARIO_DESCRIPTION="econtent-checkout while $SLOW_VENDOR_PATRONS patrons borrow and return through a vendor answering in ${SLOW_VENDOR_SECONDS} s"

scenario_setup() {
  if [[ $(bench_psql -At -c "SELECT count(*) FROM $S.econtent_lendables WHERE resource_id LIKE '1-1-%'") == 0 ]]; then
    econtent_books 1 1 "$CHECKOUT_TITLES" 5 0
  fi
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  SLOW_VENDOR_SECONDS=$SLOW_VENDOR_SECONDS timeout $(( $(slow_vendor_load_seconds) + 60 )) python3 - "$port" <<'PY' &
import http.server, os, sys, time
delay = float(os.environ["SLOW_VENDOR_SECONDS"])
class Vendor(http.server.BaseHTTPRequestHandler):
    def answer(self):
        time.sleep(delay)
        body = b'{"patronId": "1"}' if "/patrons/" in self.path and self.path.count("/") == 3 else b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = do_PUT = do_DELETE = answer
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Vendor).serve_forever()
PY
  local vendor_id
  vendor_id=$(curl -sS -X POST "$BASE_URL/econtent/vendors" -H "X-Okapi-Tenant: $BENCH_TENANT" -H "Content-Type: application/json" \
    -d "{\"name\": \"Slow vendor $port\", \"type\": \"oneclick\", \"baseUrl\": \"http://127.0.0.1:$port\", \"libraryId\": \"1\",
         \"token\": \"YmVuY2g=\", \"remoteStage\": \"qa\", \"ebookLoanDays\": 14, \"eaudioLoanDays\": 14, \"verbosity\": \"basic\"}" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
  [[ -n $vendor_id ]] || die "econtent-checkout-slow-vendor: could not create the vendor account"
  bench_psql <<SQL
INSERT INTO $S.providers (id, name, jsonb) VALUES (900, 'Slow vendor', '{}') ON CONFLICT DO NOTHING;
INSERT INTO $S.packages (id, provider_id, name, content_type, is_custom, jsonb)
  VALUES (900, 900, 'Slow vendor catalog', 'E-Book', false, '{"packageType":"Complete"}') ON CONFLICT DO NOTHING;
INSERT INTO $S.titles (id, name, publication_type, is_custom, jsonb)
  SELECT 900000 + n, 'Vendor e-book ' || n, 'Book', false, jsonb_build_object('name', 'Vendor e-book ' || n)
  FROM generate_series(1, 200) AS n ON CONFLICT DO NOTHING;
INSERT INTO $S.resources (package_id, title_id, provider_id, is_selected, jsonb)
  SELECT 900, 900000 + n, 900, true, '{}' FROM generate_series(1, 200) AS n
  WHERE NOT EXISTS (SELECT 1 FROM $S.resources WHERE package_id = 900);
DELETE FROM $S.econtent_lendables l WHERE resource_id LIKE '900-900-%'
  AND NOT EXISTS (SELECT 1 FROM $S.econtent_loans o WHERE o.resource_id = l.resource_id);
INSERT INTO $S.econtent_lendables (resource_id, provider_id, package_id, title_id, license_model, copies, media_type, formats, source)
  SELECT '900-900-' || (900000 + n), 900, 900, 900000 + n, 'unlimited', 0, 'ebook', '[{"type": "acsm", "drm": "adobe-acs"}]',
    jsonb_build_object('type', 'vendor', 'vendorId', '$vendor_id', 'itemId', '979' || lpad(n::text, 10, '0'))
  FROM generate_series(1, 200) AS n ON CONFLICT (resource_id) DO UPDATE SET source = EXCLUDED.source;
INSERT INTO $S.econtent_vendor_patrons (vendor_id, patron_id, vendor_patron_id)
  SELECT '$vendor_id', ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, n::text FROM generate_series(1, $SLOW_VENDOR_PATRONS) AS n;
SQL
  local i
  for i in $(seq 1 "$SLOW_VENDOR_PATRONS"); do
    slow_vendor_patron "$i" &
  done
  log "econtent-checkout-slow-vendor: vendor on port $port (account $vendor_id), $SLOW_VENDOR_PATRONS patrons borrowing through it"
  sleep $(( SLOW_VENDOR_SECONDS * 2 ))
}

# How long the background load runs: past the module's measured run, whatever its warm-up (econtent-checkout's 60 s),
# its waits for a quiet machine and its repeats (it used to stop during the warm-up or the measured run); it goes on
# through the floors, where its few requests a second cost the database next to nothing.
slow_vendor_load_seconds() {
  echo $(( $(module_warmup_seconds) + (BENCH_RETRIES + 1) * (BENCH_QUIET_WAIT_SECONDS + BENCH_SECONDS) + 30 ))
}

# One patron's loop: borrow a vendor title (2 s at the vendor), give it back (2 s), until the timeout.
slow_vendor_patron() {
  local patron
  patron=00000000-0000-4000-9000-$(printf '%012d' "$1")
  timeout "$(slow_vendor_load_seconds)" bash -c '
    while true; do
      reply=$(curl -sS --max-time 20 -w "\n%{http_code}" -X POST "$0/econtent/loans" -H "X-Okapi-Tenant: $1" -H "X-Okapi-User-Id: $2" \
        -H "Content-Type: application/json" -d "{\"resourceId\": \"900-900-$(( 900000 + RANDOM % 200 + 1 ))\"}")
      loan=$(grep -o "\"id\": *\"[^\"]*\"" <<< "$reply" | head -1 | cut -d\" -f4)
      if [[ -z $loan ]]; then
        echo "checkout $(tail -n 1 <<< "$reply")" >> "$3"
        sleep 1
        continue
      fi
      curl -sS --max-time 20 -o /dev/null -w "%{http_code} %{time_total}\n" -X POST \
        "$0/econtent/loans/$loan/return" -H "X-Okapi-Tenant: $1" -H "X-Okapi-User-Id: $2" >> "$3"
    done' "$BASE_URL" "$BENCH_TENANT" "$patron" "${SLOW_VENDOR_LOG:-/dev/null}" >/dev/null 2>&1
}
