package org.integrationskompass.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A term of the offers' editable reference data (fields of action, target groups). The slug is used in search
 * addresses and CSV files and never changes; names are translatable.
 */
@MappedSuperclass
public abstract class ReferenceTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false)
	@KeywordField(aggregable = Aggregable.YES)
	private String slug;

	@Column(nullable = false)
	private LocalizedText name;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active;

	protected ReferenceTerm() {
		this.slug = "";
		this.name = LocalizedText.empty();
	}

	protected ReferenceTerm(String slug, LocalizedText name, int position) {
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("Not a slug: " + slug);
		}
		this.slug = slug;
		this.name = name;
		this.position = position;
		this.active = true;
	}

	public void rename(LocalizedText name) {
		this.name = name;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public @Nullable Long id() {
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

	public boolean active() {
		return active;
	}
}
