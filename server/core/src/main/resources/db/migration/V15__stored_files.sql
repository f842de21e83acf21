-- Files members upload (attachments), kept under <data>/files/; this row and the file exist together.
CREATE TABLE stored_file (
    id          BIGINT        PRIMARY KEY,
    owner_id    BIGINT        NOT NULL REFERENCES member (id),
    name        VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A member's uploads of the last day, for the daily quota.
CREATE INDEX stored_file_owner ON stored_file (owner_id, created);
