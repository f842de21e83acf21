-- Periodic work run once in the cluster: a node claims a due task by setting itself as holder with a lease (one
-- conditional UPDATE), runs it, then records the run and the next due time. A holder that dies leaves a lease that
-- expires, and another node claims the task. runs counts the finished runs, for administrators and tests.
CREATE TABLE scheduled_task (
    name            VARCHAR(120)  PRIMARY KEY,
    period_seconds  BIGINT        NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    holder          VARCHAR(200),
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_run_at     TIMESTAMP WITH TIME ZONE,
    last_node       VARCHAR(200),
    last_error      VARCHAR(1000),
    runs            BIGINT        NOT NULL
);
