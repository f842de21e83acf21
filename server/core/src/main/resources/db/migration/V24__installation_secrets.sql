-- Secrets of the installation (the key of file addresses), the same on every node: made once by the first node
-- that needs one (an insert; a node that loses the race reads the winner's), base64.
CREATE TABLE installation_secret (
    name     VARCHAR(100)  PRIMARY KEY,
    secret   VARCHAR(200)  NOT NULL,
    created  TIMESTAMP WITH TIME ZONE NOT NULL
);
