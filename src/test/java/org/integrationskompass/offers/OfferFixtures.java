package org.integrationskompass.offers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferDetails;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Builds organisations and published offers for tests, with sensible defaults for everything not under test. */
public final class OfferFixtures {

	/** Places with real coordinates (postcode centroids) in three Kreise. */
	public static final PlaceDetails GIESSEN = place("35390", "Gießen", "06531005", "06531", 50.5841, 8.6784);

	public static final PlaceDetails MARBURG = place("35037", "Marburg", "06534014", "06534", 50.8090, 8.7700);

	public static final PlaceDetails KASSEL = place("34117", "Kassel", "06611000", "06611", 51.3162, 9.4920);

	public static final PlaceDetails FRANKFURT = place("60311", "Frankfurt am Main", "06412000", "06412", 50.1106,
			8.6821);

	private final OrganisationService organisations;

	private final OfferService offers;

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	public OfferFixtures(OrganisationService organisations, OfferService offers, TopicRepository topics,
			TargetGroupRepository targetGroups) {
		this.organisations = organisations;
		this.offers = offers;
		this.topics = topics;
		this.targetGroups = targetGroups;
	}

	public static PlaceDetails place(String postcode, String city, String ags, String kreisKey, double latitude,
			double longitude) {
		return new PlaceDetails(null, "Marktplatz 1", postcode, city, ags, kreisKey, latitude, longitude,
				LocalizedText.german("Mo–Fr 9–12 Uhr"), false, true);
	}

	public OrganisationSummary organisation(String name) {
		return organisations.create(new OrganisationDetails(name, OrganisationKind.ASSOCIATION,
				LocalizedText.german("Ein Verein für Tests."), "Marktplatz 1", "35390", "Gießen", "06531005", "06531",
				50.5841, 8.6784, null, null, null, Set.of("de", "ar"), LocalizedText.empty(), true,
				Fachstelle.WIR_LOTSINNEN), false).asSummary();
	}

	public OfferBuilder offer(String germanTitle) {
		return new OfferBuilder(germanTitle);
	}

	/** A published, ongoing, free offer in Gießen unless told otherwise. */
	public final class OfferBuilder {

		private final String title;

		private String summary = "Ein Angebot zum Testen der Suche.";

		private @Nullable OrganisationSummary organisation;

		private final Set<String> topicSlugs = new LinkedHashSet<>();

		private final Set<String> targetGroupSlugs = new LinkedHashSet<>();

		private Set<String> languages = Set.of("de");

		private OfferMode mode = OfferMode.IN_PERSON;

		private boolean free = true;

		private List<PlaceDetails> places = new ArrayList<>(List.of(GIESSEN));

		private @Nullable LocalDate endsOn;

		private OfferStatus status = OfferStatus.PUBLISHED;

		private @Nullable String contactEmail;

		private @Nullable LocalDate confirmedOn;

		private OfferBuilder(String title) {
			this.title = title;
		}

		public OfferBuilder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public OfferBuilder by(OrganisationSummary organisation) {
			this.organisation = organisation;
			return this;
		}

		public OfferBuilder topics(String... slugs) {
			topicSlugs.addAll(List.of(slugs));
			return this;
		}

		public OfferBuilder for_(String... slugs) {
			targetGroupSlugs.addAll(List.of(slugs));
			return this;
		}

		public OfferBuilder languages(String... codes) {
			languages = Set.of(codes);
			return this;
		}

		public OfferBuilder mode(OfferMode mode) {
			this.mode = mode;
			if (!mode.needsPlace()) {
				places = new ArrayList<>();
			}
			return this;
		}

		public OfferBuilder withFee() {
			this.free = false;
			return this;
		}

		public OfferBuilder at(PlaceDetails... places) {
			this.places = new ArrayList<>(List.of(places));
			return this;
		}

		public OfferBuilder endsOn(LocalDate day) {
			this.endsOn = day;
			return this;
		}

		public OfferBuilder contactEmail(String email) {
			this.contactEmail = email;
			return this;
		}

		public OfferBuilder confirmedOn(LocalDate day) {
			this.confirmedOn = day;
			return this;
		}

		public OfferBuilder status(OfferStatus status) {
			this.status = status;
			return this;
		}

		public OfferDetails details() {
			var owner = organisation != null ? organisation : organisation("Testverein " + title);
			return new OfferDetails(LocalizedText.german(title), LocalizedText.german(summary),
					LocalizedText.german("<p>" + summary + "</p>"), owner.id(), owner.name(),
					Set.copyOf(topicSlugs.stream().map(slug -> topics.findBySlug(slug).orElseThrow()).toList()),
					Set.copyOf(targetGroupSlugs.stream().map(slug -> targetGroups.findBySlug(slug).orElseThrow()).toList()),
					languages, mode, free, LocalizedText.empty(), List.copyOf(places), null, endsOn, null, null, null,
					contactEmail, null, LocalizedText.empty(), LocalizedText.empty(),
					confirmedOn != null ? confirmedOn : LocalDate.now(), status);
		}

		public Offer create() {
			return offers.create(details(), null, false);
		}
	}
}
