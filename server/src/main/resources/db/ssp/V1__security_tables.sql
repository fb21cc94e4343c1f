-- Success Plan Exchange's own tables (HAPI's schema is migrated separately by HAPI's migrator).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Registered backend-services clients (SMART Backend Services, private_key_jwt).
CREATE TABLE ssp_client (
    client_id      VARCHAR(128)  NOT NULL PRIMARY KEY,
    organization   VARCHAR(200)  NOT NULL,
    allowed_scopes VARCHAR(4000) NOT NULL,
    jwks           VARCHAR(65536),
    jwks_url       VARCHAR(2048),
    is_admin       BOOLEAN       NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    description    VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The server's own token-signing keys (private JWKs). Retired keys stay published until expires_at.
CREATE TABLE ssp_signing_key (
    kid        VARCHAR(64)    NOT NULL PRIMARY KEY,
    alg        VARCHAR(16)    NOT NULL,
    jwk        VARCHAR(20000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    expires_at TIMESTAMP WITH TIME ZONE
);

-- Client-assertion ids seen, until the assertion expires: the primary key makes "first use wins"
-- atomic across nodes.
CREATE TABLE ssp_client_assertion_jti (
    client_id  VARCHAR(128) NOT NULL,
    jti        VARCHAR(255) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE INDEX ssp_client_assertion_jti_exp ON ssp_client_assertion_jti (expires_at);
