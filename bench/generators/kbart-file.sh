#!/usr/bin/env bash
# Writes a KBART file (NISO RP-9 Phase II, 25 standard columns, tab-separated) of N title lines to stdout,
# made up line by line, deterministic: the same N and START always give the same bytes.
#
#   bash bench/generators/kbart-file.sh 1000000 > /dev/null      # ~160 MB
#   bash bench/generators/kbart-file.sh 1000000 0 | curl --data-binary @- ...
#
# Line n (START <= n < START + N): even n a serial with a valid ISSN (and a coverage from 1950 + n % 70), odd n
# a monograph with a valid ISBN-13 and an author; every third line has an embargo of one year. Titles are
# numbered from 3,000,000, so that their ISSNs and ISBNs are not those of bench/generators/eholdings-1m.sql.
set -euo pipefail
N=${1:?number of title lines}
START=${2:-0}
awk -v n="$N" -v start="$START" 'BEGIN {
  OFS = "\t"
  print "publication_title", "print_identifier", "online_identifier", "date_first_issue_online",
    "num_first_vol_online", "num_first_issue_online", "date_last_issue_online", "num_last_vol_online",
    "num_last_issue_online", "title_url", "first_author", "title_id", "embargo_info", "coverage_depth", "notes",
    "publisher_name", "publication_type", "date_monograph_published_print", "date_monograph_published_online",
    "monograph_volume", "monograph_edition", "first_editor", "parent_publication_title_id",
    "preceding_publication_title_id", "access_type"
  for (i = start; i < start + n; i++) {
    t = 3000000 + i
    embargo = (i % 3 == 0) ? "R1Y" : ""
    if (i % 2 == 0) {
      print "Bench Journal of Studies " t, "", issn(t), 1950 + i % 70, "", "", "", "", "",
        "https://content.example.org/j/" t, "", "j" t, embargo, "fulltext", "", "Bench Publisher " i % 50, "serial",
        "", "", "", "", "", "", "", "P"
    } else {
      print "Bench Handbook of Methods " t, "", isbn(t), "", "", "", "", "", "",
        "https://content.example.org/b/" t, "Author " t, "b" t, embargo, "fulltext", "", "Bench Publisher " i % 50,
        "monograph", "", "", "", "", "", "", "", "P"
    }
  }
}
# A valid ISSN from a number below 10,000,000: seven digits and the mod-11 check character.
function issn(k,   s, d, sum, j, c) {
  s = sprintf("%07d", k); sum = 0
  for (j = 1; j <= 7; j++) sum += substr(s, j, 1) * (9 - j)
  c = (11 - sum % 11) % 11
  return substr(s, 1, 4) "-" substr(s, 5, 3) (c == 10 ? "X" : c)
}
# A valid ISBN-13 from a number below 1,000,000,000: 978, nine digits and the mod-10 check digit.
function isbn(k,   s, sum, j) {
  s = "978" sprintf("%09d", k); sum = 0
  for (j = 1; j <= 12; j++) sum += substr(s, j, 1) * (j % 2 == 1 ? 1 : 3)
  return s ((10 - sum % 10) % 10)
}'
