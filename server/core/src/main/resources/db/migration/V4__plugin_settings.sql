-- Values administrators chose for plugins' settings; a setting with no row keeps its declared default.
CREATE TABLE plugin_setting (
    setting_key    VARCHAR(100)  PRIMARY KEY,
    setting_value  VARCHAR(2000) NOT NULL,
    updated        TIMESTAMP WITH TIME ZONE NOT NULL
);
