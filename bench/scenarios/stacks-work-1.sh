# Scenario "stacks-work-1": GET /stacks/works/{id}, realtime availability of a work of one item, 32 readers.
#
# One statement (WorkRepository.availability): the work, the tenant's requesting rules and its items grouped by what
# their answer depends on (status, due date, requestability, an open request); each group's answer, pickup dates
# included, is computed and encoded once in Java.
# Data: 10,000 works of one requestable item each (closed stores, online request, open access).

source "$BENCH_DIR/scenarios/stacks.inc"
stacks_work_scenario stw 10000 1
