package org.integrationskompass.offers.domain;

import org.integrationskompass.shared.domain.HtmlText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/**
 * An integration offer. Indexed for the public search (see {@link OfferAnalysis} for the text analysis); the
 * search index holds a {@link OfferTeaser} per offer so that result pages come from the index alone.
 */
@ChangeLogged(value = "offer", label = "title")
@Entity
@Table(name = "offers_offer")
@Indexed(index = Offer.INDEX)
public class Offer {

	public static final String INDEX = "offer";

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(name = "external_id")
	private @Nullable String externalId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@FullTextField(name = "organisation", analyzer = OfferAnalysis.GERMAN, searchAnalyzer = OfferAnalysis.SEARCH)
	@Column(name = "organisation_name", nullable = false)
	private String organisationName;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText summary;

	@Column(nullable = false)
	private LocalizedText description;

	@ManyToMany
	@JoinTable(name = "offers_offer_topic", joinColumns = @JoinColumn(name = "offer_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "offers_offer_target_group", joinColumns = @JoinColumn(name = "offer_id"),
			inverseJoinColumns = @JoinColumn(name = "target_group_id"))
	@IndexedEmbedded(includePaths = "slug")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<TargetGroup> targetGroups = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "offers_offer_language", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "language", nullable = false)
	@KeywordField(name = "languages", aggregable = Aggregable.YES)
	private Set<String> languages = new TreeSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField(aggregable = Aggregable.YES)
	private OfferMode mode;

	@Column(name = "free_of_charge", nullable = false)
	@GenericField(name = "free", aggregable = Aggregable.YES)
	private boolean freeOfCharge;

	@Column(name = "cost_note", nullable = false)
	private LocalizedText costNote;

	@OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@IndexedEmbedded(includePaths = { "location", "kreisKey" })
	private List<OfferPlace> places = new ArrayList<>();

	@Column(name = "starts_on")
	@GenericField
	private @Nullable LocalDate startsOn;

	@Column(name = "ends_on")
	@GenericField
	private @Nullable LocalDate endsOn;

	@Column(name = "registration_url")
	private @Nullable String registrationUrl;

	@Column(name = "free_places")
	private @Nullable Integer freePlaces;

	@Column(name = "contact_name")
	private @Nullable String contactName;

	@Column(name = "contact_email")
	private @Nullable String contactEmail;

	@Column(name = "contact_phone")
	private @Nullable String contactPhone;

	@Column(name = "cooperation_partners", nullable = false)
	private LocalizedText cooperationPartners;

	@Column(nullable = false)
	private LocalizedText activities;

	@Column(name = "last_confirmed_on", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private LocalDate lastConfirmedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField
	private OfferStatus status;

	@Column(nullable = false, updatable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant created;

	@Column(name = "updated_at", nullable = false)
	private Instant updated;

	@Version
	private long version;

	protected Offer() {
		this.id = new UUID(0, 0);
		this.slug = "";
		this.organisationId = new UUID(0, 0);
		this.organisationName = "";
		this.title = LocalizedText.empty();
		this.summary = LocalizedText.empty();
		this.description = LocalizedText.empty();
		this.mode = OfferMode.IN_PERSON;
		this.costNote = LocalizedText.empty();
		this.cooperationPartners = LocalizedText.empty();
		this.activities = LocalizedText.empty();
		this.lastConfirmedOn = LocalDate.EPOCH;
		this.status = OfferStatus.DRAFT;
		this.created = Instant.EPOCH;
		this.updated = Instant.EPOCH;
	}

	public Offer(OfferId id, String slug, @Nullable String externalId, OfferDetails details, boolean demo,
			Instant now) {
		this();
		this.id = id.value();
		this.slug = slug;
		this.externalId = externalId;
		this.demo = demo;
		this.created = now;
		update(details, now);
	}

	/** Replaces everything editable; the rules every offer keeps are checked here, whoever edits it. */
	public final void update(OfferDetails details, Instant now) {
		if (details.title().get(LocalizedText.GERMAN).isEmpty()) {
			throw new IllegalArgumentException("An offer needs a German title: it is the fallback for every language");
		}
		if (details.mode().needsPlace() && details.places().isEmpty()) {
			throw new IllegalArgumentException("An offer held in person needs at least one place");
		}
		if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
			throw new IllegalArgumentException("An offer cannot end before it starts");
		}
		if (details.freePlaces() != null && details.freePlaces() < 0) {
			throw new IllegalArgumentException("Free places cannot be negative");
		}
		this.organisationId = details.organisation().value();
		this.organisationName = details.organisationName();
		this.title = details.title();
		this.summary = details.summary();
		this.description = details.description();
		this.topics.clear();
		this.topics.addAll(details.topics());
		this.targetGroups.clear();
		this.targetGroups.addAll(details.targetGroups());
		this.languages.clear();
		this.languages.addAll(details.languages());
		this.mode = details.mode();
		this.freeOfCharge = details.freeOfCharge();
		this.costNote = details.costNote();
		this.places.clear();
		var position = 0;
		for (var place : details.places()) {
			this.places.add(new OfferPlace(this, position++, place));
		}
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.registrationUrl = details.registrationUrl();
		this.freePlaces = details.freePlaces();
		this.contactName = details.contactName();
		this.contactEmail = details.contactEmail();
		this.contactPhone = details.contactPhone();
		this.cooperationPartners = details.cooperationPartners();
		this.activities = details.activities();
		this.lastConfirmedOn = details.lastConfirmedOn();
		this.status = details.status();
		this.updated = now;
	}

	public OfferDetails details() {
		return new OfferDetails(title, summary, description, new OrganisationId(organisationId), organisationName,
				Set.copyOf(topics), Set.copyOf(targetGroups), Set.copyOf(languages), mode, freeOfCharge, costNote,
				places.stream().map(OfferPlace::details).toList(), startsOn, endsOn, registrationUrl, freePlaces,
				contactName, contactEmail, contactPhone, cooperationPartners, activities, lastConfirmedOn, status);
	}

	public void renameOrganisation(String name) {
		this.organisationName = name;
	}

	public void changeStatus(OfferStatus status, Instant now) {
		this.status = status;
		this.updated = now;
	}

	/**
	 * "Still current": the offer's information was confirmed on {@code today}. A paused offer is published again
	 * when {@code republish} (it was paused by the freshness cycle, not by staff).
	 */
	public void confirm(LocalDate today, boolean republish, Instant now) {
		this.lastConfirmedOn = today;
		if (republish && status == OfferStatus.PAUSED) {
			this.status = OfferStatus.PUBLISHED;
		}
		this.updated = now;
	}

	/** Visible to the public: published and not over. */
	public boolean isVisibleOn(LocalDate today) {
		return status == OfferStatus.PUBLISHED && (endsOn == null || !endsOn.isBefore(today));
	}

	// --- search index (getters, because Hibernate Search maps bean properties) ---

	@FullTextField(name = "title", analyzer = OfferAnalysis.GERMAN, searchAnalyzer = OfferAnalysis.SEARCH)
	@FullTextField(name = "title_joined", analyzer = OfferAnalysis.GERMAN_JOINED,
			searchAnalyzer = OfferAnalysis.SEARCH)
	@KeywordField(name = "title_sort", normalizer = OfferAnalysis.SORT, sortable = Sortable.YES,
			searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")))
	public String getSearchTitle() {
		return title.get(LocalizedText.GERMAN).orElse("") + "\n" + otherLanguages(title);
	}

	@FullTextField(name = "body", analyzer = OfferAnalysis.GERMAN, searchAnalyzer = OfferAnalysis.SEARCH)
	@FullTextField(name = "body_joined", analyzer = OfferAnalysis.GERMAN_JOINED,
			searchAnalyzer = OfferAnalysis.SEARCH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "activities")),
			@ObjectPath(@PropertyValue(propertyName = "cooperationPartners")),
			@ObjectPath({ @PropertyValue(propertyName = "places"), @PropertyValue(propertyName = "city") }) })
	public String getSearchBody() {
		return Stream
			.of(allLanguages(summary), HtmlText.plain(allLanguages(description)), allLanguages(activities),
					allLanguages(cooperationPartners),
					places.stream().map(OfferPlace::city).distinct().collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\n"));
	}

	@GenericField(name = "teaser", projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "organisationName")),
			@ObjectPath(@PropertyValue(propertyName = "mode")),
			@ObjectPath(@PropertyValue(propertyName = "freeOfCharge")),
			@ObjectPath(@PropertyValue(propertyName = "languages")),
			@ObjectPath(@PropertyValue(propertyName = "startsOn")),
			@ObjectPath(@PropertyValue(propertyName = "endsOn")),
			@ObjectPath(@PropertyValue(propertyName = "freePlaces")),
			@ObjectPath(@PropertyValue(propertyName = "lastConfirmedOn")),
			@ObjectPath({ @PropertyValue(propertyName = "places"), @PropertyValue(propertyName = "city") }),
			@ObjectPath({ @PropertyValue(propertyName = "places"), @PropertyValue(propertyName = "kreisKey") }) })
	public String getTeaserJson() {
		return teaser().toJson();
	}

	public OfferTeaser teaser() {
		return new OfferTeaser(id.toString(), slug, title.asMap(), summary.asMap(), organisationName, mode,
				freeOfCharge, places.stream().map(OfferPlace::city).distinct().toList(),
				places.stream().map(OfferPlace::kreisKey).distinct().toList(), List.copyOf(languages), startsOn,
				endsOn, freePlaces, lastConfirmedOn, demo);
	}

	private static String allLanguages(LocalizedText text) {
		return String.join("\n", text.asMap().values());
	}

	private static String otherLanguages(LocalizedText text) {
		return text.asMap().entrySet().stream()
			.filter(entry -> !entry.getKey().equals(LocalizedText.GERMAN))
			.map(java.util.Map.Entry::getValue)
			.collect(Collectors.joining("\n"));
	}

	// --- reading ---

	public OfferId id() {
		return new OfferId(id);
	}

	public String slug() {
		return slug;
	}

	public Optional<String> externalId() {
		return Optional.ofNullable(externalId);
	}

	public OrganisationId organisation() {
		return new OrganisationId(organisationId);
	}

	public String organisationName() {
		return organisationName;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText summary() {
		return summary;
	}

	public LocalizedText description() {
		return description;
	}

	public Collection<Topic> topics() {
		return List.copyOf(topics);
	}

	public Collection<TargetGroup> targetGroups() {
		return List.copyOf(targetGroups);
	}

	public Set<String> languages() {
		return Set.copyOf(languages);
	}

	public OfferMode mode() {
		return mode;
	}

	public boolean freeOfCharge() {
		return freeOfCharge;
	}

	public LocalizedText costNote() {
		return costNote;
	}

	public List<OfferPlace> places() {
		return List.copyOf(places);
	}

	public @Nullable LocalDate startsOn() {
		return startsOn;
	}

	public @Nullable LocalDate endsOn() {
		return endsOn;
	}

	public @Nullable String registrationUrl() {
		return registrationUrl;
	}

	public @Nullable Integer freePlaces() {
		return freePlaces;
	}

	public @Nullable String contactName() {
		return contactName;
	}

	public @Nullable String contactEmail() {
		return contactEmail;
	}

	public @Nullable String contactPhone() {
		return contactPhone;
	}

	public LocalizedText cooperationPartners() {
		return cooperationPartners;
	}

	public LocalizedText activities() {
		return activities;
	}

	public LocalDate lastConfirmedOn() {
		return lastConfirmedOn;
	}

	public OfferStatus status() {
		return status;
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
