-- Sanctions moderators gave, with their warning points; lifted ones are kept, marked.
CREATE TABLE sanction (
    id          BIGINT        PRIMARY KEY,
    member_id   BIGINT        NOT NULL REFERENCES member (id),
    kind        VARCHAR(10)   NOT NULL,
    reason      VARCHAR(40)   NOT NULL,
    points      INT           NOT NULL,
    until       TIMESTAMP WITH TIME ZONE,
    note        VARCHAR(1000),
    automatic   BOOLEAN       NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  BIGINT        NOT NULL,
    lifted      TIMESTAMP WITH TIME ZONE,
    lifted_by   BIGINT
);
CREATE INDEX sanction_member ON sanction (member_id, created);

-- Moderators' private notes on members.
CREATE TABLE moderator_note (
    id          BIGINT        PRIMARY KEY,
    member_id   BIGINT        NOT NULL REFERENCES member (id),
    author_id   BIGINT        NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderator_note_member ON moderator_note (member_id, id);
