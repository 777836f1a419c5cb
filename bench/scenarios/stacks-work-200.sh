# Scenario "stacks-work-200": GET /stacks/works/{id}, realtime availability of a work of 200 items, 32 readers.
#
# The same statement as stacks-work-1 (one statement whatever the number of items; here one group of 200 items).
# Data: 100 works of 200 requestable items each.

source "$BENCH_DIR/scenarios/stacks.inc"
stacks_work_scenario stc 100 200
