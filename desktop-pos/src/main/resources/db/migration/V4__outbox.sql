-- Every terminal-born event, in order, waiting to be pushed to the cloud. Appended in the same
-- transaction as the event's own rows; seq is gapless (counter 'outbox').
CREATE TABLE outbox (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    event_id     UUID          NOT NULL UNIQUE,
    event_type   VARCHAR(50)   NOT NULL,
    aggregate_id UUID          NOT NULL,
    payload      CHARACTER VARYING(1000000) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO counter (name, last_value) VALUES ('outbox', 0);
