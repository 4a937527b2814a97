-- Why a credit limit changed (optional), next to who changed it, when, and from what to what: an auditor
-- follows every limit a customer had in customer_limit_change, written in the limit change's transaction.
ALTER TABLE customer_limit_change ADD COLUMN reason VARCHAR(500);
