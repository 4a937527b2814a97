-- The pull's cursor (decision 0010): the last server sequence of the shop's changes this terminal has
-- applied. Updated in the same transaction as the changes it covers, so a crash between two pages
-- neither loses nor repeats one.
INSERT INTO counter (name, last_value) VALUES ('pull_cursor', 0);
