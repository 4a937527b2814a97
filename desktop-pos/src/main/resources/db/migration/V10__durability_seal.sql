-- Bumped by a tiny transaction after every durable write, so that the write the cashier was told about is
-- never the newest chunk of the H2 file (see docs/decisions/0004-durable-commits.md, "H2 recovery").
INSERT INTO counter (name, last_value) VALUES ('durability_seal', 0);
