-- The link collection: links with categories and the state of the scheduled link check.
CREATE TABLE site_link_category (
    id       UUID PRIMARY KEY,
    slug     VARCHAR(80) NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);

-- next_check_at says when the checker should look at a link again; claimed_until marks a link one instance is
-- checking right now, so that several instances never check the same link at once (a conditional update claims it).
-- broken_since stays while a link keeps failing and is cleared when it works again.
CREATE TABLE site_link (
    id            UUID PRIMARY KEY,
    title         TEXT NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    description   TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    next_check_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    checked_at    TIMESTAMP WITH TIME ZONE,
    final_url     VARCHAR(2000),
    last_status   INTEGER,
    problem       VARCHAR(30),
    problem_detail VARCHAR(500),
    broken_since  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX site_link_next_check ON site_link (next_check_at);

CREATE TABLE site_link_in_category (
    link_id     UUID NOT NULL REFERENCES site_link (id) ON DELETE CASCADE,
    category_id UUID NOT NULL REFERENCES site_link_category (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, category_id)
);
