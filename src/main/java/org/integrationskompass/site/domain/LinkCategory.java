package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;

/** A group of the link collection ("Bund", "Beratung", …), kept by editors; {@code slug} is the filter's value. */
@Entity
@Table(name = "site_link_category")
public class LinkCategory {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private LocalizedText name;

	@Column(nullable = false)
	private int position;

	protected LinkCategory() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.name = LocalizedText.empty();
	}

	LinkCategory(String slug, LocalizedText name, int position) {
		this();
		this.slug = slug;
		this.name = name;
		this.position = position;
	}

	void rename(String slug, LocalizedText name, int position) {
		this.slug = slug;
		this.name = name;
		this.position = position;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public LocalizedText name() {
		return name;
	}

	public int position() {
		return position;
	}
}
