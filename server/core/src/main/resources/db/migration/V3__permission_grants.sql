-- Administrators' decisions on plugin permissions: the least role that holds each one.
-- A permission with no row keeps the role its plugin declared.
CREATE TABLE permission_grant (
    permission  VARCHAR(100) PRIMARY KEY,
    least_role  VARCHAR(30)  NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL
);
