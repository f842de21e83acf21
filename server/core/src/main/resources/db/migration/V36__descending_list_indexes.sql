-- The indexes of the lists read newest, most active, best supported first, in that direction: the H2 that Payara
-- loads (2.2.224) reads an index in its own order only, so a box's trending page read and sorted all its 10,000
-- ideas (and a category's topics all of its topics) to show 20. PostgreSQL reads them either way.
DROP INDEX item_parent_activity;
DROP INDEX item_type_activity;
DROP INDEX item_parent_score;
DROP INDEX item_type_score;
DROP INDEX item_parent_trend;
DROP INDEX item_type_trend;
CREATE INDEX item_parent_activity ON item (parent_id, type, status, activity DESC, id DESC);
CREATE INDEX item_type_activity ON item (type, status, activity DESC, id DESC);
CREATE INDEX item_parent_score ON item (parent_id, type, status, score DESC, id DESC);
CREATE INDEX item_type_score ON item (type, status, score DESC, id DESC);
CREATE INDEX item_parent_trend ON item (parent_id, type, status, trend DESC, id DESC);
CREATE INDEX item_type_trend ON item (type, status, trend DESC, id DESC);
