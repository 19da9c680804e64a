CREATE TABLE accounts_account (
    id              UUID PRIMARY KEY,
    login           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(500) NOT NULL,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT accounts_account_login_unique UNIQUE (login)
);

CREATE TABLE accounts_account_role (
    account_id UUID NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'FACHSTELLE', 'PROVIDER')),
    PRIMARY KEY (account_id, role)
);
