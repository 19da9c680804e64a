package org.integrationskompass.contracts.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.integrationskompass.contracts.ContractId;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/**
 * An agreement between the state and one or more civil-society partners on a topic, with the measures they agreed
 * on. Partners, events and offers of other modules are held by id or slug only. The collections are loaded with
 * the contract (one query each for all contracts loaded): a state has a handful of contracts, and the pages and
 * forms always show them whole.
 */
@ChangeLogged(value = "contract", label = "title", ignore = "signingAnnounced")
@Entity
@Table(name = "contracts_contract")
public class IntegrationContract {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText topic;

	@Column(nullable = false)
	private LocalizedText summary;

	@Column(name = "legal_basis", nullable = false)
	private LocalizedText legalBasis;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "contracts_partner", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	private List<ContractPartner> partners = new ArrayList<>();

	@Column(name = "signed_on")
	private @Nullable LocalDate signedOn;

	@Column(name = "signing_event_slug")
	private @Nullable String signingEventSlug;

	@Column(name = "announcement_url")
	private @Nullable String announcementUrl;

	@Column(name = "starts_on")
	private @Nullable LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "funding", nullable = false)
	private FundingKind fundingKind;

	@Column(name = "funding_amount")
	private @Nullable BigDecimal fundingAmount;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "contracts_event_link", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	@Column(name = "slug", nullable = false)
	private List<String> eventSlugs = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "contracts_offer_link", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	@Column(name = "slug", nullable = false)
	private List<String> offerSlugs = new ArrayList<>();

	@OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Measure> measures = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContractStatus status = ContractStatus.DRAFT;

	/** Whether {@code ContractSigned} went out, so that it goes out once only. */
	@Column(name = "signing_announced", nullable = false)
	private boolean signingAnnounced;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected IntegrationContract() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.title = LocalizedText.empty();
		this.topic = LocalizedText.empty();
		this.summary = LocalizedText.empty();
		this.legalBasis = LocalizedText.empty();
		this.fundingKind = FundingKind.STATE_FUNDED;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public IntegrationContract(String slug, ContractDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.title = details.title();
		this.topic = details.topic();
		this.summary = details.summary();
		this.legalBasis = details.legalBasis();
		this.fundingKind = details.funding().kind();
		this.createdAt = now;
		this.updatedAt = now;
		describe(details, now);
	}

	public void describe(ContractDetails details, Instant now) {
		this.title = details.title();
		this.topic = details.topic();
		this.summary = details.summary();
		this.legalBasis = details.legalBasis();
		this.partners.clear();
		this.partners.addAll(details.partners());
		this.signedOn = details.signedOn();
		this.signingEventSlug = details.signingEventSlug();
		this.announcementUrl = details.announcementUrl();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.fundingKind = details.funding().kind();
		this.fundingAmount = details.funding().amount();
		this.eventSlugs.clear();
		this.eventSlugs.addAll(details.eventSlugs());
		this.offerSlugs.clear();
		this.offerSlugs.addAll(details.offerSlugs());
		this.updatedAt = now;
	}

	public Measure addMeasure(MeasureDetails details, Instant now) {
		var measure = new Measure(this, measures.size(), details);
		measures.add(measure);
		this.updatedAt = now;
		return measure;
	}

	public Optional<Measure> measure(UUID measureId) {
		return measures.stream().filter(measure -> measure.id().equals(measureId)).findFirst();
	}

	public boolean changeMeasure(UUID measureId, MeasureDetails details, Instant now) {
		var found = measure(measureId);
		found.ifPresent(measure -> {
			measure.describe(details);
			this.updatedAt = now;
		});
		return found.isPresent();
	}

	public boolean removeMeasure(UUID measureId, Instant now) {
		var removed = measures.removeIf(measure -> measure.id().equals(measureId));
		if (removed) {
			for (var i = 0; i < measures.size(); i++) {
				measures.get(i).position(i);
			}
			this.updatedAt = now;
		}
		return removed;
	}

	/** Makes the contract public; true when it was a draft. */
	public boolean publish(Instant now) {
		if (status == ContractStatus.PUBLISHED) {
			return false;
		}
		this.status = ContractStatus.PUBLISHED;
		this.updatedAt = now;
		return true;
	}

	public void unpublish(Instant now) {
		this.status = ContractStatus.DRAFT;
		this.updatedAt = now;
	}

	/**
	 * True exactly once: the first time the contract is public with a signing date. The caller then publishes
	 * {@code ContractSigned}.
	 */
	public boolean announceSigning() {
		if (signingAnnounced || status != ContractStatus.PUBLISHED || signedOn == null) {
			return false;
		}
		this.signingAnnounced = true;
		return true;
	}

	public void markAsDemo() {
		this.demo = true;
	}

	public OverallProgress overallProgress() {
		return OverallProgress.of(measures.stream().map(Measure::progressState).toList());
	}

	public UUID id() {
		return id;
	}

	public ContractId contractId() {
		return new ContractId(id);
	}

	public String slug() {
		return slug;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText topic() {
		return topic;
	}

	public LocalizedText summary() {
		return summary;
	}

	public LocalizedText legalBasis() {
		return legalBasis;
	}

	public List<ContractPartner> partners() {
		return Collections.unmodifiableList(partners);
	}

	public @Nullable LocalDate signedOn() {
		return signedOn;
	}

	public @Nullable String signingEventSlug() {
		return signingEventSlug;
	}

	public @Nullable String announcementUrl() {
		return announcementUrl;
	}

	public @Nullable LocalDate startsOn() {
		return startsOn;
	}

	public @Nullable LocalDate endsOn() {
		return endsOn;
	}

	public Funding funding() {
		return new Funding(fundingKind, fundingAmount);
	}

	public List<String> eventSlugs() {
		return Collections.unmodifiableList(eventSlugs);
	}

	public List<String> offerSlugs() {
		return Collections.unmodifiableList(offerSlugs);
	}

	public List<Measure> measures() {
		return Collections.unmodifiableList(measures);
	}

	public ContractStatus status() {
		return status;
	}

	public boolean isPublished() {
		return status == ContractStatus.PUBLISHED;
	}

	public boolean signingAnnounced() {
		return signingAnnounced;
	}

	public boolean demo() {
		return demo;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
