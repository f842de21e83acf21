-- What members search for, per day (UTC), with no member and no address kept: the query as normalised (trimmed,
-- lower case, single spaces), how often it was searched, how often it found nothing, how often a result was
-- followed. The console's "content gaps" read the most frequent of the last days; searched - clicked = no click.
CREATE TABLE search_query (
    id             BIGINT        PRIMARY KEY,
    query_text     VARCHAR(200)  NOT NULL,
    searched_on    DATE          NOT NULL,
    searches       BIGINT        NOT NULL,
    found_nothing  BIGINT        NOT NULL,
    clicks         BIGINT        NOT NULL,
    CONSTRAINT search_query_once UNIQUE (query_text, searched_on)
);
CREATE INDEX search_query_day ON search_query (searched_on);

-- Deflection: a new-topic page whose member followed a suggestion (an FAQ entry, a similar topic) while typing
-- the title, by a random id the page made (no member kept); posted tells whether a topic was posted from that page
-- afterwards. Those never posted are the questions the suggestions answered.
CREATE TABLE suggested_composer (
    composer   VARCHAR(40)  PRIMARY KEY,
    clicked_on DATE        NOT NULL,
    posted     BOOLEAN      NOT NULL
);
CREATE INDEX suggested_composer_day ON suggested_composer (clicked_on, posted);
