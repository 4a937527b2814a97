-- The terminal's own settings (terminal code, shop zone, ticket texts, device URIs, ...), one row each.
CREATE TABLE setting (
    name        VARCHAR(100)   NOT NULL PRIMARY KEY,
    text_value  VARCHAR(4000)  NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Gapless per-terminal counters (ticket folios, outbox sequence). Taken with UPDATE inside the
-- transaction that uses the number, so a rolled-back transaction gives its number back.
CREATE TABLE counter (
    name        VARCHAR(50)    NOT NULL PRIMARY KEY,
    last_value  BIGINT         NOT NULL
);

-- Each feature inserts its counters in its own migration, e.g.
-- INSERT INTO counter (name, last_value) VALUES ('folio', 0);
