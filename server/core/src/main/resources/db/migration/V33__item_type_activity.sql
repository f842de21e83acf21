-- Lists of one type across parents by activity (every blog's posts, newest out first, for the site's feed; the
-- blog directory by last post): one indexed query instead of a sort of every item of the type.
CREATE INDEX item_type_activity ON item (type, status, activity, id);
