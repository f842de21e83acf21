-- The version each plugin's data is at, after its upgrade steps.
CREATE TABLE plugin_schema (
    plugin   VARCHAR(40) PRIMARY KEY,
    version  INTEGER     NOT NULL,
    updated  TIMESTAMP WITH TIME ZONE NOT NULL
);
