-- Second factor (RFC 6238 time-based one-time passwords) for the accounts that must have one (ADMIN, EDITOR).
-- The secret is shown once at enrolment and never again; totp_last_step is the last 30-second step a code was
-- accepted for, so a code cannot be used twice. Recovery codes are kept only as SHA-256 hashes (they carry 50
-- random bits each) and a used one is deleted.
ALTER TABLE accounts_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE accounts_account ADD COLUMN totp_last_step BIGINT;

CREATE TABLE accounts_recovery_code (
    account_id UUID NOT NULL REFERENCES accounts_account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);
