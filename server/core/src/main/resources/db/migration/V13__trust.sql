-- Members' trust levels (0 new to 4 leader) and the participation they rise with; a level set by
-- hand is locked against automatic change. Posts written are counted from the items themselves.
CREATE TABLE member_trust (
    member_id       BIGINT        PRIMARY KEY REFERENCES member (id),
    level           INT           NOT NULL,
    locked          BOOLEAN       NOT NULL,
    days_visited    INT           NOT NULL,
    last_visit      DATE,
    posts_read      BIGINT        NOT NULL,
    likes_received  BIGINT        NOT NULL
);
INSERT INTO member_trust (member_id, level, locked, days_visited, posts_read, likes_received)
    SELECT id, 0, FALSE, 0, 0, 0 FROM member;

-- Members under watch: all their new posts wait for review until a moderator lifts the watch.
CREATE TABLE member_watch (
    member_id   BIGINT        PRIMARY KEY REFERENCES member (id),
    reason      VARCHAR(500)  NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    watched_by  BIGINT        NOT NULL
);

-- The spam score looks at an author's posts of the last minute and day.
CREATE INDEX item_author_created ON item (author_id, created);
