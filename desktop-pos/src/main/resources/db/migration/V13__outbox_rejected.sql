-- Outbox entries the cloud answered REJECTED (stored there for the record, not applied): kept here with
-- the reason, out of the outbox, so the pusher goes on with the next ones and the shop can look at them.
CREATE TABLE outbox_rejected (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    event_id     UUID          NOT NULL UNIQUE,
    event_type   VARCHAR(50)   NOT NULL,
    payload      CHARACTER VARYING(1000000) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason       VARCHAR(100)  NOT NULL,
    rejected_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
