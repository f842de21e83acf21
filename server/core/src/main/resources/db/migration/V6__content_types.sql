-- The content types plugins have defined: an item whose type is listed here but whose plugin is
-- not active is read-only. A type never defined by a plugin is free.
CREATE TABLE content_type (
    type_key    VARCHAR(81) PRIMARY KEY,
    plugin      VARCHAR(40) NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL
);
