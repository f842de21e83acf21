-- Lists by support (a suggestion box's top and trending ideas) are one indexed query, not a sort of every idea.
-- trend: the natural log of the item's up votes, each weighted 2^((cast - 2026-01-01) / 7 days), so that sorting by
-- it sorts by up votes decayed to any one moment; -1e9 when it has none. Kept in log space: the weights themselves
-- would overflow a double within twenty years. Votes cast before this migration have no time and do not trend.
ALTER TABLE item ADD COLUMN trend DOUBLE PRECISION DEFAULT -1000000000 NOT NULL;
ALTER TABLE item_vote ADD COLUMN voted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX item_parent_score ON item (parent_id, type, status, score, id);
CREATE INDEX item_type_score ON item (type, status, score, id);
CREATE INDEX item_parent_trend ON item (parent_id, type, status, trend, id);
CREATE INDEX item_type_trend ON item (type, status, trend, id);
