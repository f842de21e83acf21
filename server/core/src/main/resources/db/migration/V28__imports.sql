-- Bulk imports from another forum: each job's progress, and which item each source id became, so
-- that a rerun of the same file (after a crash, or by mistake) writes each record once.
CREATE TABLE import_job (
    id            BIGINT        PRIMARY KEY,
    source        VARCHAR(100)  NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    lines_read    BIGINT        NOT NULL,
    items_written BIGINT        NOT NULL,
    skipped       BIGINT        NOT NULL,
    error_count   BIGINT        NOT NULL,
    -- the first errors, one "line: reason" a line
    errors        VARCHAR(100000) NOT NULL,
    -- the last change-feed seq the job wrote: indexed on a node once its position passed it
    last_change   BIGINT        NOT NULL,
    started       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE import_source (
    source    VARCHAR(100) NOT NULL,
    source_id VARCHAR(200) NOT NULL,
    item_id   BIGINT       NOT NULL REFERENCES item (id),
    PRIMARY KEY (source, source_id)
);
-- H2 walks every row of a source for "source = ? AND source_id IN (…)" through the primary key (a JFR/jstack of
-- a 10,000-post import showed that lookup ahead of all else, growing with the rows); on source_id alone the
-- IN list is a few index probes
CREATE INDEX import_source_id ON import_source (source_id);
