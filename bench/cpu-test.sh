#!/usr/bin/env bash
# Checks of bench/cpu.inc, the CPU accounting of run.sh (about 15 s, 4.5 core-s of CPU):
# 1. tree_ticks loses no child that exits: a parent (a stand-in for the postmaster) has 16 children (backends) that
#    used 50 ms of CPU each; all exit at once and are reaped; readings meanwhile must not fall below the figure at
#    rest (the former reading lost the children reaped between the parent's figures and their own).
# 2. timed counts the command alone: a background job of the calling shell that burns 0.5 s of CPU and ends while a
#    3 s sleep is timed must not show in the sleep's CPU (bash's time in the calling shell counted it).
# Exit 0 when both hold; prints what it saw.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=cpu.inc
source "$BENCH_DIR/cpu.inc"
failed=0

# A stand-in for the postmaster at the end of a pgbench run: 16 children have used their CPU and wait; at a signal
# all exit at once and the parent reaps them. No CPU is being used then, so every reading of the tree during the
# exits must give the figure it had before them (or a little more: exiting costs a little).
burst() {
  python3 - "$1" <<'PY' &
import os, signal, sys, time
ready_r, ready_w = os.pipe()
end_r, end_w = os.pipe()
kids = []
for _ in range(16):
    pid = os.fork()
    if pid == 0:
        os.close(end_w)
        stop = time.process_time() + 0.05
        while time.process_time() < stop:
            pass
        os.write(ready_w, b"r")      # its CPU is used
        os.read(end_r, 1)            # then it waits until the parent closes the pipe
        os._exit(0)
    kids.append(pid)
for _ in kids:
    os.read(ready_r, 1)
time.sleep(0.2)
told = []
signal.signal(signal.SIGUSR1, lambda *a: told.append(1))
open(os.path.join(sys.argv[1], "ready"), "w").close()
while not told:
    time.sleep(0.01)
os.close(end_w)                      # the children exit
for k in kids:
    os.waitpid(k, 0)
time.sleep(30)                       # stays the root of the tree until the test ends it
PY
}
dips=0 reads=0
for round in 1 2 3 4 5; do
  dir=$(mktemp -d)
  burst "$dir"
  parent=$!
  while [[ ! -e $dir/ready ]]; do sleep 0.05; done
  at_rest=$(tree_ticks "$parent")
  kill -USR1 "$parent"
  for (( i = 0; i < 20; i++ )); do
    ticks=$(tree_ticks "$parent")
    reads=$(( reads + 1 ))
    if (( ticks < at_rest )); then
      dips=$(( dips + 1 ))
      echo "round $round: tree_ticks fell from $at_rest to $ticks ticks while the children exited"
    fi
    [[ -n $(ps -o pid= --ppid "$parent") ]] || break
  done
  kill "$parent"
  wait "$parent" || true
  rm -rf "$dir"
done
echo "tree_ticks: $reads readings while 16 children exited and were reaped (5 rounds), $dips below the figure at rest"
(( dips == 0 )) || failed=1

python3 -c 'import time
end = time.process_time() + 0.5
while time.process_time() < end: pass' &
burner=$!
timed /dev/null "${TMPDIR:-/tmp}/cpu-test.$$.time" sleep 3
wait "$burner"
read -r wall user system < "${TMPDIR:-/tmp}/cpu-test.$$.time"
rm -f "${TMPDIR:-/tmp}/cpu-test.$$.time"
echo "timed: sleep 3 with a 0.5 s burner in the background: wall $wall s, user $user s, system $system s"
awk -v u="$user" -v s="$system" 'BEGIN { exit !(u + s < 0.3) }' || failed=1

(( failed == 0 )) && echo "cpu-test: OK" || echo "cpu-test: FAILED"
exit "$failed"
