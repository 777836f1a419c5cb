-- How many times a round of ranges merged at once failed and its first range was merged again on its own (an item
-- listed in two ranges of the round, or a lock wait between them that ran into the lock timeout): 0 in a healthy
-- import. A slow fallback is still correct, so nothing else shows it (session 5's version triggers made every round
-- of a large import wait 20 s and be redone, and the tests stayed green).
ALTER TABLE stacks_imports ADD COLUMN ranges_redone integer NOT NULL DEFAULT 0;
