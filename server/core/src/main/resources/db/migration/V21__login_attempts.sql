-- Sign-in attempts counted by the login throttle, per key (an account's e-mail, a client's address): each is
-- counted before its password is checked and removed when the password was right, so what is left are failures.
CREATE TABLE login_attempt (
    id            BIGINT        PRIMARY KEY,
    throttle_key  VARCHAR(400)  NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_attempt_key ON login_attempt (throttle_key, attempted_at);

-- Row locks that make checking and counting one step, also across servers: a key takes the stripe of its hash.
-- Fixed rows, so that no two first attempts race to create a key's lock; keys sharing a stripe wait a moment.
CREATE TABLE login_lock (
    stripe  INT  PRIMARY KEY
);
INSERT INTO login_lock (stripe) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17),(18),(19),(20),(21),(22),(23),(24),(25),(26),(27),(28),(29),(30),(31),(32),(33),(34),(35),(36),(37),(38),(39),(40),(41),(42),(43),(44),(45),(46),(47),(48),(49),(50),(51),(52),(53),(54),(55),(56),(57),(58),(59),(60),(61),(62),(63),(64);
