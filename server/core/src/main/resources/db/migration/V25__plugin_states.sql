-- Plugins an administrator switched off, on every node: each node follows this table within seconds.
CREATE TABLE plugin_disabled (
    plugin    VARCHAR(40)  PRIMARY KEY,
    disabled  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each plugin's state on each node, as that node last saw it, so that the plugin list shows every node.
CREATE TABLE plugin_node_state (
    node     VARCHAR(200)   NOT NULL,
    plugin   VARCHAR(40)    NOT NULL,
    version  VARCHAR(100),
    state    VARCHAR(20)    NOT NULL,
    error    VARCHAR(2000),
    updated  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (node, plugin)
);
