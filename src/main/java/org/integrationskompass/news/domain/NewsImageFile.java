package org.integrationskompass.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link NewsImage}, apart so that lists of articles and images never load files. */
@Entity
@Table(name = "news_image_file")
public class NewsImageFile {

	@Id
	@Column(name = "image_id")
	private UUID imageId;

	@Column(nullable = false)
	private byte[] data;

	protected NewsImageFile() {
		this.imageId = UUID.randomUUID();
		this.data = new byte[0];
	}

	NewsImageFile(UUID imageId, byte[] data) {
		this.imageId = imageId;
		this.data = data.clone();
	}

	public byte[] data() {
		return data.clone();
	}
}
