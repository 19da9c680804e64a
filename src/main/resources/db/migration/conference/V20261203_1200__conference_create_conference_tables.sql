-- The integration conference: member organisations, working groups with their members, sessions with agenda,
-- minutes, results (optionally linked to a measure of the plan) and PDF documents. Organisations and measures are
-- kept as plain IDs (no foreign keys to other modules' tables): a member is an organisation of the directory when
-- it is there, or just a name.
CREATE TABLE conference_member (
    id               UUID                     PRIMARY KEY,
    organisation_id  UUID,
    name             VARCHAR(300)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conference_member_organisation UNIQUE (organisation_id)
);

CREATE TABLE conference_working_group (
    id              UUID                     PRIMARY KEY,
    slug            VARCHAR(100)             NOT NULL,
    position        INTEGER                  NOT NULL,
    name            TEXT                     NOT NULL,
    remit           TEXT                     NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conference_working_group_slug UNIQUE (slug)
);

CREATE TABLE conference_group_member (
    working_group_id UUID NOT NULL REFERENCES conference_working_group (id) ON DELETE CASCADE,
    member_id        UUID NOT NULL REFERENCES conference_member (id) ON DELETE CASCADE,
    PRIMARY KEY (working_group_id, member_id)
);

CREATE TABLE conference_session (
    id               UUID                     PRIMARY KEY,
    slug             VARCHAR(120)             NOT NULL,
    -- PLENARY or WORKING_GROUP (then working_group_id is set)
    kind             VARCHAR(20)              NOT NULL,
    working_group_id UUID                     REFERENCES conference_working_group (id),
    title            TEXT                     NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    place            VARCHAR(300)             NOT NULL,
    -- plain text, paragraphs separated by blank lines (no markup is accepted)
    minutes          TEXT                     NOT NULL,
    published        BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT conference_session_slug UNIQUE (slug),
    CONSTRAINT conference_session_kind CHECK (kind IN ('PLENARY', 'WORKING_GROUP')),
    CONSTRAINT conference_session_group CHECK ((kind = 'PLENARY' AND working_group_id IS NULL)
        OR (kind = 'WORKING_GROUP' AND working_group_id IS NOT NULL)),
    CONSTRAINT conference_session_period CHECK (ends_at >= starts_at)
);

CREATE INDEX conference_session_starts_idx ON conference_session (starts_at);

CREATE TABLE conference_agenda_item (
    session_id  UUID    NOT NULL REFERENCES conference_session (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE conference_result (
    session_id  UUID    NOT NULL REFERENCES conference_session (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    -- a measure of the integration plan (plan module), if the result belongs to one
    measure_id  UUID,
    PRIMARY KEY (session_id, position)
);

-- Documents of a session (minutes, presentations) as PDF. The bytes are in their own table so that pages listing
-- documents never load them.
CREATE TABLE conference_document (
    id          UUID                     PRIMARY KEY,
    session_id  UUID                     NOT NULL REFERENCES conference_session (id) ON DELETE CASCADE,
    title       VARCHAR(300)             NOT NULL,
    file_name   VARCHAR(200)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    -- whether the PDF is accessible (tagged, PDF/UA); the page says so next to the link
    accessible  BOOLEAN                  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX conference_document_session_idx ON conference_document (session_id);

CREATE TABLE conference_document_content (
    document_id UUID  PRIMARY KEY REFERENCES conference_document (id) ON DELETE CASCADE,
    data        BYTEA NOT NULL
);
