-- Cloud schema, version 4: what the owners' reports need (decision 0011).
--
-- The shop's time zone, so "sales by day / by hour" and report periods follow the shop's calendar (the
-- counter's default zone; an owner in Tijuana or Cancún sets theirs). The reports read the event log:
-- sales by the existing (tenant_id, event_type, recorded_at) index; voided sales and customer names by
-- the expression indexes below, one per kind of look-up, each starting with tenant_id.

ALTER TABLE tenants ADD COLUMN time_zone text NOT NULL DEFAULT 'America/Mexico_City';

CREATE INDEX sync_events_voided_sale ON sync_events (tenant_id, (payload->>'saleId'))
    WHERE event_type = 'sale.voided';
CREATE INDEX sync_events_customer ON sync_events (tenant_id, (payload->>'customerId'), recorded_at)
    WHERE event_type = 'customer.changed';
