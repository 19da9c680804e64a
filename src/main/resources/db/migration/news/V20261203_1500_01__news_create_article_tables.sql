-- News articles and press releases with their images. An article is public from publish_at until unpublish_at
-- (both optional: no publish_at is a draft, no unpublish_at stays public); the application judges that against its
-- clock, so scheduled articles appear and disappear without anyone acting.
CREATE TABLE news_article (
	id UUID PRIMARY KEY,
	slug VARCHAR(100) NOT NULL UNIQUE,
	kind VARCHAR(20) NOT NULL,
	title TEXT NOT NULL,
	teaser TEXT NOT NULL,
	body TEXT NOT NULL,
	author VARCHAR(200) NOT NULL,
	publish_at TIMESTAMP WITH TIME ZONE,
	unpublish_at TIMESTAMP WITH TIME ZONE,
	announced BOOLEAN NOT NULL DEFAULT FALSE,
	demo BOOLEAN NOT NULL DEFAULT FALSE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT news_article_kind CHECK (kind IN ('NEWS', 'PRESS_RELEASE')),
	CONSTRAINT news_article_window CHECK (unpublish_at IS NULL OR (publish_at IS NOT NULL AND unpublish_at > publish_at))
);

CREATE INDEX news_article_publish_at ON news_article (publish_at);

CREATE TABLE news_article_topic (
	article_id UUID NOT NULL REFERENCES news_article (id) ON DELETE CASCADE,
	topic VARCHAR(40) NOT NULL,
	PRIMARY KEY (article_id, topic)
);

CREATE TABLE news_image (
	id UUID PRIMARY KEY,
	article_id UUID NOT NULL REFERENCES news_article (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	alt TEXT NOT NULL,
	decorative BOOLEAN NOT NULL,
	caption TEXT NOT NULL,
	credit VARCHAR(300) NOT NULL,
	content_type VARCHAR(40) NOT NULL,
	size_bytes BIGINT NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX news_image_article ON news_image (article_id);

-- The bytes apart from the description, so that listing articles and their images never loads files.
CREATE TABLE news_image_file (
	image_id UUID PRIMARY KEY REFERENCES news_image (id) ON DELETE CASCADE,
	data BYTEA NOT NULL
);
