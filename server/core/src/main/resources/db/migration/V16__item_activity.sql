-- When an item was last active: its creation, or the latest publication of one of its children (a
-- topic's last reply), bumped by the store with a plain UPDATE. Lists by activity (a category's
-- topics) are then one indexed query instead of a sort of every child in memory.
ALTER TABLE item ADD COLUMN activity TIMESTAMP WITH TIME ZONE;
UPDATE item SET activity = created;
UPDATE item SET activity = (SELECT MAX(c.created) FROM item c WHERE c.parent_id = item.id AND c.status = 'PUBLISHED')
    WHERE EXISTS (SELECT 1 FROM item c WHERE c.parent_id = item.id AND c.status = 'PUBLISHED' AND c.created > item.created);
ALTER TABLE item ALTER COLUMN activity SET NOT NULL;
CREATE INDEX item_parent_activity ON item (parent_id, type, status, activity, id);

-- Whether a member already has an unread notice of an item (asked before each new notification): without it,
-- the database walks every notification of the member, thousands for an active topic starter.
CREATE INDEX notification_member_item ON notification (member_id, item_id);
