-- The seal counter (V10) is no longer bumped: commits are appended to the file instead (REUSE_SPACE=FALSE),
-- which H2 recovers reliably after a killed process; see docs/decisions/0004-durable-commits.md.
DELETE FROM counter WHERE name = 'durability_seal';
