-- Organisations (Träger) that run integration offers. Texts meant for visitors are translatable (JSON maps
-- language -> text); names, addresses and contact details are not translated.

CREATE TABLE organisations_organisation (
    id           UUID                     PRIMARY KEY,
    slug         VARCHAR(120)             NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    description  TEXT                     NOT NULL,
    street       VARCHAR(200),
    postcode     VARCHAR(5),
    city         VARCHAR(100),
    -- Amtlicher Gemeindeschlüssel of the municipality and its Kreis key (first five digits); the Kreis decides
    -- where the organisation counts on the statewide map.
    ags          VARCHAR(8),
    kreis_key    VARCHAR(5),
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    website      VARCHAR(500),
    email        VARCHAR(254),
    phone        VARCHAR(50),
    logo_alt     TEXT                     NOT NULL,
    verified     BOOLEAN                  NOT NULL DEFAULT FALSE,
    fachstelle   VARCHAR(30),
    demo         BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT organisations_organisation_slug UNIQUE (slug),
    CONSTRAINT organisations_organisation_kind CHECK (kind IN ('ASSOCIATION', 'MIGRANT_ORGANISATION',
        'LOTSINNEN_PROJECT', 'MUNICIPALITY', 'WELFARE_ORGANISATION', 'EDUCATION_PROVIDER', 'OTHER')),
    CONSTRAINT organisations_organisation_fachstelle CHECK (fachstelle IS NULL
        OR fachstelle IN ('MIGRANT_ORGANISATIONS', 'WIR_LOTSINNEN')),
    CONSTRAINT organisations_organisation_kreis CHECK (kreis_key IS NULL OR CHAR_LENGTH(kreis_key) = 5),
    CONSTRAINT organisations_organisation_ags CHECK (ags IS NULL OR (CHAR_LENGTH(ags) = 8 AND LEFT(ags, 5) = kreis_key)),
    CONSTRAINT organisations_organisation_coordinates CHECK ((latitude IS NULL AND longitude IS NULL)
        OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))
);

CREATE INDEX organisations_organisation_kreis ON organisations_organisation (kreis_key);

CREATE TABLE organisations_organisation_language (
    organisation_id UUID        NOT NULL REFERENCES organisations_organisation (id) ON DELETE CASCADE,
    language        VARCHAR(12) NOT NULL,
    PRIMARY KEY (organisation_id, language)
);

-- The logo is kept apart so that lists never load image bytes.
CREATE TABLE organisations_logo (
    organisation_id UUID                     PRIMARY KEY REFERENCES organisations_organisation (id) ON DELETE CASCADE,
    content_type    VARCHAR(50)              NOT NULL,
    data            BYTEA                    NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisations_logo_type CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp'))
);
