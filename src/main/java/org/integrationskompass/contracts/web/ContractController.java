package org.integrationskompass.contracts.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractDocument;
import org.integrationskompass.contracts.domain.ContractFormats;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.ContractStatus;
import org.integrationskompass.contracts.domain.FundingKind;
import org.integrationskompass.contracts.domain.IntegrationContract;
import org.integrationskompass.events.EventCalendar;
import org.integrationskompass.offers.OfferCatalog;
import org.integrationskompass.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public contract pages: the list (filtered by funding and by whether all measures are done), each contract with
 * its measures, documents and related events and offers, and the documents themselves. Drafts are not there for
 * visitors.
 */
@Controller
class ContractController {

	static final String LIST = "/integrationsvertraege";

	/** Filter values of {@code stand}. */
	static final String RUNNING = "laufend";

	static final String COMPLETE = "abgeschlossen";

	private final ContractRepository contracts;

	private final ContractAdministration administration;

	private final ContractViews views;

	private final EventCalendar calendar;

	private final OfferCatalog offers;

	ContractController(ContractRepository contracts, ContractAdministration administration, ContractViews views,
			EventCalendar calendar, OfferCatalog offers) {
		this.contracts = contracts;
		this.administration = administration;
		this.views = views;
		this.calendar = calendar;
		this.offers = offers;
	}

	@GetMapping(LIST)
	String index(@RequestParam(name = "finanzierung", required = false) @Nullable String funding,
			@RequestParam(name = "stand", required = false) @Nullable String state, Locale locale, Model model) {
		var fundingKind = parseFunding(funding);
		var stateFilter = RUNNING.equals(state) || COMPLETE.equals(state) ? state : null;
		var all = contracts.findByStatus(ContractStatus.PUBLISHED);
		var shown = all.stream()
			.filter(contract -> fundingKind == null || contract.funding().kind() == fundingKind)
			.filter(contract -> stateFilter == null || contract.overallProgress().complete() == COMPLETE.equals(stateFilter))
			.sorted(ContractViews.NEWEST_SIGNING_FIRST)
			.toList();
		model.addAttribute("cards", views.cards(shown, locale));
		model.addAttribute("fundingKinds", FundingKind.values());
		model.addAttribute("funding", fundingKind == null ? "" : fundingKind.name());
		model.addAttribute("state", stateFilter == null ? "" : stateFilter);
		model.addAttribute("filtered", fundingKind != null || stateFilter != null);
		return "contracts/index";
	}

	@GetMapping(LIST + "/{slug}")
	String show(@PathVariable String slug, Locale locale, Model model) {
		var contract = published(slug);
		model.addAttribute("card", views.card(contract, locale));
		model.addAttribute("contract", contract);
		model.addAttribute("progress", contract.overallProgress());
		model.addAttribute("measures", contract.measures().stream()
			.map(measure -> new MeasureRow(measure, ContractFormats.percent(measure.progress(), locale))).toList());
		model.addAttribute("startsOn", contract.startsOn() == null ? null
				: ContractFormats.date(Objects.requireNonNull(contract.startsOn()), locale));
		model.addAttribute("endsOn", contract.endsOn() == null ? null
				: ContractFormats.date(Objects.requireNonNull(contract.endsOn()), locale));
		model.addAttribute("signingEvent", Optional.ofNullable(contract.signingEventSlug()).flatMap(calendar::findBySlug)
			.map(event -> new ContractViews.RelatedLink(event.title(), "/veranstaltungen/" + event.slug())).orElse(null));
		model.addAttribute("documents", administration.documents(contract.id()).stream()
			.map(document -> new ContractViews.DocumentLink(document.id(), document.title(),
					ContractFormats.fileSize(document.sizeBytes(), locale), document.accessible()))
			.toList());
		model.addAttribute("relatedEvents", contract.eventSlugs().stream().map(calendar::findBySlug).flatMap(Optional::stream)
			.map(event -> new ContractViews.RelatedLink(event.title(), "/veranstaltungen/" + event.slug())).toList());
		model.addAttribute("relatedOffers", contract.offerSlugs().stream().map(offers::findBySlug).flatMap(Optional::stream)
			.map(offer -> new ContractViews.RelatedLink(offer.title(), "/angebote/" + offer.slug())).toList());
		return "contracts/show";
	}

	@GetMapping(LIST + "/{slug}/dokumente/{id}")
	ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable String id) {
		var contract = published(slug);
		var download = administration.download(contract.id(), uuid(id))
			.orElseThrow(() -> new NotFoundException("document " + id));
		return pdf(download);
	}

	/** A PDF as a download under its uploaded name (RFC 6266, with a UTF-8 name for umlauts). */
	static ResponseEntity<byte[]> pdf(ContractAdministration.DocumentDownload download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ContractDocument.CONTENT_TYPE))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(download.document().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(download.data());
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("no id: " + id);
		}
	}

	private IntegrationContract published(String slug) {
		return contracts.findBySlug(slug).filter(IntegrationContract::isPublished)
			.orElseThrow(() -> new NotFoundException("contract " + slug));
	}

	private static @Nullable FundingKind parseFunding(@Nullable String value) {
		for (var kind : FundingKind.values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		return null;
	}

	/** A measure with its progress in the page's number format. */
	record MeasureRow(org.integrationskompass.contracts.domain.Measure measure, String percent) {
	}
}
