-- A parent's children of one type, newest first (a topic's replies, a category's topics): without
-- it, H2 walks every item of the type in id order to find the few under one parent.
CREATE INDEX item_parent_type ON item (parent_id, type, status, id);
