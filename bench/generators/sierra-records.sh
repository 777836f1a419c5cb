#!/usr/bin/env bash
# Writes Sierra-style JSON lines to stdout: WORKS bib records, each followed by ITEMS_PER_WORK item records.
# Usage: sierra-records.sh <works> <items per work>. Deterministic; bib n has id 10000000+n, its items 20000000+.
# Bib locations cycle through stax (closed stores), whml (open shelves), arch and digi; item OPAC messages through
# f, f, a, p; every 50th item is on loan with a due date.
set -euo pipefail
works=${1:-100000}
per=${2:-10}
awk -v works="$works" -v per="$per" 'BEGIN {
  split("stax whml arch stax", codes, " ")
  split("f f a p", msgs, " ")
  item = 20000000
  for (n = 1; n <= works; n++) {
    code = codes[n % 4 + 1]
    extra = (n % 10 == 0) ? ",{\"code\":\"digi\",\"name\":\"Digitised\"}" : ""
    printf "{\"id\":\"%d\",\"title\":\"Bench work %d\",\"locations\":[{\"code\":\"%s\",\"name\":\"Location %s\"}%s]}\n", 10000000 + n, n, code, code, extra
    for (k = 1; k <= per; k++) {
      item++
      status = (item % 50 == 0) ? "o" : "-"
      due = (item % 50 == 0) ? ",\"status\":{\"code\":\"o\",\"duedate\":\"2030-01-15T12:00:00Z\"}" : ""
      printf "{\"id\":\"%d\",\"bibIds\":[\"%d\"],\"location\":{\"code\":\"sicon\",\"name\":\"Closed stores Iconographic\"},\"callNumber\":\"MS.%d.%d\",\"fixedFields\":{\"88\":{\"label\":\"STATUS\",\"value\":\"%s\",\"display\":\"%s\"},\"108\":{\"label\":\"OPACMSG\",\"value\":\"%s\"},\"58\":{\"label\":\"COPY #\",\"value\":\"%d\"}}%s}\n", item, 10000000 + n, n, k, status, (status == "-" ? "Available" : "On loan"), msgs[k % 4 + 1], k, due
    }
  }
}'
