package org.integrationskompass.organisations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/** An organisation (Träger) in the directory. The slug is its address on the portal and never changes. */
@ChangeLogged(value = "organisation", label = "name")
@Entity
@Table(name = "organisations_organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	@Column(nullable = false)
	private LocalizedText description;

	private @Nullable String street;

	private @Nullable String postcode;

	private @Nullable String city;

	private @Nullable String ags;

	@Column(name = "kreis_key")
	private @Nullable String kreisKey;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable String website;

	private @Nullable String email;

	private @Nullable String phone;

	@ElementCollection
	@CollectionTable(name = "organisations_organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "language", nullable = false)
	private Set<String> languages = new TreeSet<>();

	@Column(name = "logo_alt", nullable = false)
	private LocalizedText logoAlt;

	@Column(nullable = false)
	private boolean verified;

	@Enumerated(EnumType.STRING)
	private @Nullable Fachstelle fachstelle;

	/** Demo content is marked on every page that shows it. */
	@Column(nullable = false, updatable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant created;

	@Column(name = "updated_at", nullable = false)
	private Instant updated;

	@Version
	private long version;

	protected Organisation() {
		this.id = new UUID(0, 0);
		this.slug = "";
		this.name = "";
		this.kind = OrganisationKind.OTHER;
		this.description = LocalizedText.empty();
		this.logoAlt = LocalizedText.empty();
		this.created = Instant.EPOCH;
		this.updated = Instant.EPOCH;
	}

	public Organisation(OrganisationId id, String slug, OrganisationDetails details, boolean demo, Instant now) {
		this.id = id.value();
		this.slug = slug;
		this.demo = demo;
		this.created = now;
		this.name = "";
		this.kind = OrganisationKind.OTHER;
		this.description = LocalizedText.empty();
		this.logoAlt = LocalizedText.empty();
		this.updated = now;
		update(details, now);
	}

	public final void update(OrganisationDetails details, Instant now) {
		if (details.name().isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
		if (details.ags() != null && (details.kreisKey() == null || !details.ags().startsWith(details.kreisKey()))) {
			throw new IllegalArgumentException("The municipality key must lie in the Kreis: " + details.ags());
		}
		this.name = details.name().strip();
		this.kind = details.kind();
		this.description = details.description();
		this.street = details.street();
		this.postcode = details.postcode();
		this.city = details.city();
		this.ags = details.ags();
		this.kreisKey = details.kreisKey();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.website = details.website();
		this.email = details.email();
		this.phone = details.phone();
		this.languages.clear();
		this.languages.addAll(details.languages());
		this.logoAlt = details.logoAlt();
		this.verified = details.verified();
		this.fachstelle = details.fachstelle();
		this.updated = now;
	}

	public OrganisationDetails details() {
		return new OrganisationDetails(name, kind, description, street, postcode, city, ags, kreisKey, latitude,
				longitude, website, email, phone, Set.copyOf(languages), logoAlt, verified, fachstelle);
	}

	public OrganisationSummary asSummary() {
		return new OrganisationSummary(id(), slug, name, kind, kreisKey, city, verified, fachstelle, demo);
	}

	public OrganisationId id() {
		return new OrganisationId(id);
	}

	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public LocalizedText description() {
		return description;
	}

	public @Nullable String kreisKey() {
		return kreisKey;
	}

	public Set<String> languages() {
		return Set.copyOf(languages);
	}

	public boolean demo() {
		return demo;
	}

	public Instant created() {
		return created;
	}

	public Instant updated() {
		return updated;
	}

	public long version() {
		return version;
	}
}
