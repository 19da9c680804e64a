-- Events (conferences, trainings, networking meetings, online events, podium discussions, information sessions)
-- and registrations with a waiting list. Texts meant for visitors are translatable (JSON maps language -> text).
--
-- Capacity: seats_taken counts the seats of confirmed registrations and of seats offered to the waiting list.
-- A registration takes its seats with one conditional update
--   UPDATE events_event SET seats_taken = seats_taken + :seats WHERE id = :id AND seats_taken + :seats <= capacity
-- which both databases run atomically on the event's row: a second transaction waits for the first one's row lock
-- and re-checks the condition against the committed value, so two instances on one database cannot overbook.
CREATE TABLE events_event (
    id                          UUID                     PRIMARY KEY,
    slug                        VARCHAR(160)             NOT NULL,
    title                       TEXT                     NOT NULL,
    teaser                      TEXT                     NOT NULL,
    description                 TEXT                     NOT NULL,
    type                        VARCHAR(30)              NOT NULL,
    category                    VARCHAR(30)              NOT NULL,
    organisation_id             UUID                     REFERENCES organisations_organisation (id),
    starts_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    online                      BOOLEAN                  NOT NULL DEFAULT FALSE,
    -- shown only to confirmed participants
    meeting_link                VARCHAR(500),
    venue_name                  VARCHAR(200),
    venue_street                VARCHAR(200),
    venue_postcode              VARCHAR(10),
    venue_city                  VARCHAR(100),
    venue_kreis_key             VARCHAR(5),
    venue_latitude              DOUBLE PRECISION,
    venue_longitude             DOUBLE PRECISION,
    step_free                   BOOLEAN                  NOT NULL DEFAULT FALSE,
    induction_loop              BOOLEAN                  NOT NULL DEFAULT FALSE,
    sign_language_on_request    BOOLEAN                  NOT NULL DEFAULT FALSE,
    accessibility_note          TEXT                     NOT NULL,
    languages                   VARCHAR(200)             NOT NULL DEFAULT '',
    status                      VARCHAR(20)              NOT NULL,
    registration_opens_at       TIMESTAMP WITH TIME ZONE,
    registration_closes_at      TIMESTAMP WITH TIME ZONE,
    capacity                    INTEGER                  NOT NULL,
    seats_taken                 INTEGER                  NOT NULL DEFAULT 0,
    max_seats_per_registration  INTEGER                  NOT NULL DEFAULT 1,
    demo                        BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT events_event_slug UNIQUE (slug),
    CONSTRAINT events_event_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT events_event_capacity CHECK (capacity >= 0 AND max_seats_per_registration >= 1),
    CONSTRAINT events_event_period CHECK (ends_at >= starts_at)
);

CREATE INDEX events_event_starts_idx ON events_event (status, starts_at);

-- Order of arrival for the waiting list; taken when a registration is stored.
CREATE SEQUENCE events_registration_position START WITH 1 INCREMENT BY 1;

-- Personal data: anonymised a configurable time after the event (default 90 days).
CREATE TABLE events_registration (
    id                  UUID                     PRIMARY KEY,
    event_id            UUID                     NOT NULL REFERENCES events_event (id),
    position            BIGINT                   NOT NULL,
    seats               INTEGER                  NOT NULL,
    -- CONFIRMED, WAITING, OFFERED (seats held for a waiting entry until offer_expires_at), CANCELLED, EXPIRED
    status              VARCHAR(20)              NOT NULL,
    name                VARCHAR(200)             NOT NULL,
    email               VARCHAR(320)             NOT NULL,
    organisation        VARCHAR(200),
    needs               TEXT,
    consent_text        TEXT                     NOT NULL,
    language            VARCHAR(10)              NOT NULL,
    -- SHA-256 of the personal manage link's secret; the secret itself is only in the registrant's email
    manage_token_hash   VARCHAR(64)              NOT NULL,
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    offer_expires_at    TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    checked_in_at       TIMESTAMP WITH TIME ZONE,
    anonymised_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT events_registration_seats CHECK (seats >= 1),
    CONSTRAINT events_registration_token UNIQUE (manage_token_hash)
);

CREATE INDEX events_registration_event_idx ON events_registration (event_id, status, position);
