-- Integration contracts between the state and civil-society partners, with their measures, links and documents.
-- Partners, events and offers of other modules are referred to by id or slug only (no foreign keys across modules).
CREATE TABLE contracts_contract (
	id UUID PRIMARY KEY,
	slug VARCHAR(100) NOT NULL UNIQUE,
	title TEXT NOT NULL,
	topic TEXT NOT NULL,
	summary TEXT NOT NULL,
	legal_basis TEXT NOT NULL,
	signed_on DATE,
	signing_event_slug VARCHAR(200),
	announcement_url VARCHAR(500),
	starts_on DATE,
	ends_on DATE,
	funding VARCHAR(20) NOT NULL,
	funding_amount NUMERIC(14, 2),
	status VARCHAR(20) NOT NULL,
	signing_announced BOOLEAN NOT NULL DEFAULT FALSE,
	demo BOOLEAN NOT NULL DEFAULT FALSE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT contracts_contract_funding CHECK (funding IN ('STATE_FUNDED', 'SELF_COMMITMENT')),
	CONSTRAINT contracts_contract_amount CHECK (funding_amount IS NULL OR (funding = 'STATE_FUNDED' AND funding_amount >= 0)),
	CONSTRAINT contracts_contract_term CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on),
	CONSTRAINT contracts_contract_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);

CREATE TABLE contracts_partner (
	contract_id UUID NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	organisation_id UUID,
	name VARCHAR(300) NOT NULL,
	PRIMARY KEY (contract_id, position)
);

CREATE TABLE contracts_event_link (
	contract_id UUID NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	slug VARCHAR(200) NOT NULL,
	PRIMARY KEY (contract_id, position)
);

CREATE TABLE contracts_offer_link (
	contract_id UUID NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	slug VARCHAR(200) NOT NULL,
	PRIMARY KEY (contract_id, position)
);

CREATE TABLE contracts_measure (
	id UUID PRIMARY KEY,
	contract_id UUID NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	title TEXT NOT NULL,
	description TEXT NOT NULL,
	status VARCHAR(20) NOT NULL,
	progress INTEGER NOT NULL,
	CONSTRAINT contracts_measure_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
	CONSTRAINT contracts_measure_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX contracts_measure_contract ON contracts_measure (contract_id);

CREATE TABLE contracts_document (
	id UUID PRIMARY KEY,
	contract_id UUID NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
	title TEXT NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	size_bytes BIGINT NOT NULL,
	accessible BOOLEAN NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX contracts_document_contract ON contracts_document (contract_id);

-- The bytes apart from the description, so that listing documents never loads files.
CREATE TABLE contracts_document_file (
	document_id UUID PRIMARY KEY REFERENCES contracts_document (id) ON DELETE CASCADE,
	data BYTEA NOT NULL
);
