-- Editable pages in a tree. The page row holds the structure (parent, slug, position, menu placement), which applies
-- at once; the content (title, summary, body per language, JSON objects of language -> text) lives in versions, of
-- which the public sees only the published one. parent_key is the parent's id or '-' for top-level pages, so that
-- one unique constraint keeps slugs unique among siblings on H2 and PostgreSQL alike (NULLs never collide).
CREATE TABLE site_page (
    id                UUID PRIMARY KEY,
    parent_id         UUID REFERENCES site_page (id),
    parent_key        VARCHAR(36) NOT NULL,
    slug              VARCHAR(80) NOT NULL,
    position          INTEGER NOT NULL,
    menu              VARCHAR(10) NOT NULL CHECK (menu IN ('NONE', 'MAIN', 'FOOTER')),
    menu_order        INTEGER NOT NULL,
    latest_number     INTEGER NOT NULL,
    published_number  INTEGER,
    published_title   TEXT NOT NULL,
    published_summary TEXT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT site_page_sibling_slug UNIQUE (parent_key, slug),
    CONSTRAINT site_page_published_exists CHECK (published_number IS NULL OR published_number <= latest_number)
);

CREATE INDEX site_page_parent ON site_page (parent_id);

-- Every save is a new row; rows are never changed, so the history stays intact (a restore copies an old row).
CREATE TABLE site_page_version (
    id            UUID PRIMARY KEY,
    page_id       UUID NOT NULL REFERENCES site_page (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    body          TEXT NOT NULL,
    author        VARCHAR(200) NOT NULL,
    note          VARCHAR(200) NOT NULL,
    restored_from INTEGER,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT site_page_version_number UNIQUE (page_id, number)
);
