-- The integration plan: fields of action, measures (with sub-measures), indicators and their measured values.
-- Texts meant for visitors are translatable (JSON maps language -> text). Values are NUMERIC, never floating point,
-- so that what staff typed ("1,5") is what the monitor shows and the CSV exports.
CREATE TABLE plan_field_of_action (
    id              UUID                     PRIMARY KEY,
    slug            VARCHAR(100)             NOT NULL,
    position        INTEGER                  NOT NULL,
    title           TEXT                     NOT NULL,
    description     TEXT                     NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_field_of_action_slug UNIQUE (slug)
);

CREATE TABLE plan_measure (
    id                  UUID                     PRIMARY KEY,
    field_of_action_id  UUID                     NOT NULL REFERENCES plan_field_of_action (id),
    -- a sub-measure's parent measure (same field of action)
    parent_id           UUID                     REFERENCES plan_measure (id),
    title               TEXT                     NOT NULL,
    description         TEXT                     NOT NULL,
    responsible_body    VARCHAR(300)             NOT NULL,
    starts_on           DATE,
    ends_on             DATE,
    -- PLANNED, IN_PROGRESS, DONE
    status              VARCHAR(20)              NOT NULL,
    -- weight in the weighted mean of the parent's progress; 0 = shown but not counted
    weight              NUMERIC(9, 2)            NOT NULL DEFAULT 1,
    demo                BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_measure_weight CHECK (weight >= 0),
    CONSTRAINT plan_measure_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT plan_measure_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX plan_measure_field_idx ON plan_measure (field_of_action_id);

CREATE TABLE plan_indicator (
    id              UUID                     PRIMARY KEY,
    measure_id      UUID                     NOT NULL REFERENCES plan_measure (id),
    -- the stable key CSV imports name the indicator by
    code            VARCHAR(80)              NOT NULL,
    title           TEXT                     NOT NULL,
    goal            TEXT                     NOT NULL,
    unit            TEXT                     NOT NULL,
    -- HIGHER_IS_BETTER, LOWER_IS_BETTER
    direction       VARCHAR(20)              NOT NULL,
    baseline_value  NUMERIC(19, 4),
    baseline_on     DATE,
    target_value    NUMERIC(19, 4)           NOT NULL,
    target_on       DATE                     NOT NULL,
    data_source     VARCHAR(500)             NOT NULL,
    weight          NUMERIC(9, 2)            NOT NULL DEFAULT 1,
    -- invented figures, labelled as demo values wherever they are shown
    demo            BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_indicator_code UNIQUE (code),
    CONSTRAINT plan_indicator_weight CHECK (weight >= 0)
);

CREATE INDEX plan_indicator_measure_idx ON plan_indicator (measure_id);

CREATE TABLE plan_indicator_value (
    id              UUID                     PRIMARY KEY,
    indicator_id    UUID                     NOT NULL REFERENCES plan_indicator (id) ON DELETE CASCADE,
    measured_on     DATE                     NOT NULL,
    measured_value  NUMERIC(19, 4)           NOT NULL,
    note            VARCHAR(500),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_indicator_value_per_day UNIQUE (indicator_id, measured_on)
);

-- The seven working groups of the integration conference are the plan's initial fields of action.
INSERT INTO plan_field_of_action (id, slug, position, title, description, updated_at) VALUES
('5c1e0a01-7a1d-4f00-9a11-000000000001', 'sprache-und-bildung', 1,
 '{"de":"Sprache und Bildung","en":"Language and education","ar":"اللغة والتعليم"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000002', 'wirtschaft-und-arbeitsmarkt', 2,
 '{"de":"Wirtschaft und Arbeitsmarkt","en":"Economy and labour market","ar":"الاقتصاد وسوق العمل"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000003', 'gesundheit-pflege-familie-gleichberechtigung', 3,
 '{"de":"Gesundheit, Pflege, Familie und Gleichberechtigung","en":"Health, care, family and equality","ar":"الصحة والرعاية والأسرة والمساواة"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000004', 'partizipation-sport-wohnen-freizeit', 4,
 '{"de":"Gesellschaftliche und politische Partizipation, Sport, Wohnen und Freizeit","en":"Social and political participation, sport, housing and leisure","ar":"المشاركة المجتمعية والسياسية والرياضة والسكن وأوقات الفراغ"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000005', 'religion-kultur-medien', 5,
 '{"de":"Religion, Kultur und Medien","en":"Religion, culture and media","ar":"الدين والثقافة والإعلام"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000006', 'interkulturelle-oeffnung-diversity-antidiskriminierung', 6,
 '{"de":"Interkulturelle Öffnung, Diversity, Antidiskriminierung","en":"Intercultural opening, diversity, anti-discrimination","ar":"الانفتاح بين الثقافات والتنوع ومكافحة التمييز"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00'),
('5c1e0a01-7a1d-4f00-9a11-000000000007', 'zuwanderung-und-fluechtlinge', 7,
 '{"de":"Zuwanderung und Flüchtlinge","en":"Immigration and refugees","ar":"الهجرة واللاجئون"}', '{}', TIMESTAMP WITH TIME ZONE '2026-12-03 00:00:00+00:00');
