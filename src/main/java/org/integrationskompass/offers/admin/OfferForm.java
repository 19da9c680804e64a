package org.integrationskompass.offers.admin;

import java.util.ArrayList;
import java.util.List;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.TargetGroup;
import org.integrationskompass.offers.domain.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The offer as the back-office form edits it. Every value arrives as text (or may be missing from a hand-made
 * request) and is checked by {@link OfferFormCheck}, so a wrong date or number gives a message, not a conversion error.
 *
 * @param cost {@code free} or {@code fee}
 * @param version the version the editor started from, to refuse overwriting someone else's change
 */
record OfferForm(@Nullable String organisation, @Nullable String status, @Nullable Texts title,
		@Nullable Texts summary, @Nullable Texts description, @Nullable List<String> topics,
		@Nullable List<String> targetGroups, @Nullable List<String> languages, @Nullable String mode,
		@Nullable String cost, @Nullable Texts costNote, @Nullable List<PlaceForm> places, @Nullable String startsOn,
		@Nullable String endsOn, @Nullable String registrationUrl, @Nullable String freePlaces,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable Texts partners, @Nullable Texts activities, @Nullable String lastConfirmedOn,
		@Nullable String version) {

	static OfferForm empty(String today) {
		return new OfferForm("", OfferStatus.DRAFT.name(), Texts.EMPTY, Texts.EMPTY, Texts.EMPTY, List.of(), List.of(),
				List.of("de"), OfferMode.IN_PERSON.name(), "free", Texts.EMPTY, List.of(), "", "", "", "",
				"", "", "", Texts.EMPTY, Texts.EMPTY, today, "");
	}

	static OfferForm of(Offer offer) {
		var places = new ArrayList<PlaceForm>();
		for (var place : offer.details().places()) {
			places.add(new PlaceForm(nn(place.label()), nn(place.street()), place.postcode(), place.city(),
					place.openingHours().get("de").orElse(""), place.byAppointment() ? "true" : "",
					place.barrierFree() == null ? "" : place.barrierFree() ? "yes" : "no"));
		}
		return new OfferForm(offer.organisation().value().toString(), offer.status().name(), Texts.of(offer.title()),
				Texts.of(offer.summary()), Texts.of(offer.description()),
				offer.topics().stream().map(Topic::slug).toList(),
				offer.targetGroups().stream().map(TargetGroup::slug).toList(), List.copyOf(offer.languages()),
				offer.mode().name(), offer.freeOfCharge() ? "free" : "fee", Texts.of(offer.costNote()), places,
				offer.startsOn() == null ? "" : offer.startsOn().toString(),
				offer.endsOn() == null ? "" : offer.endsOn().toString(), nn(offer.registrationUrl()),
				offer.freePlaces() == null ? "" : offer.freePlaces().toString(), nn(offer.contactName()),
				nn(offer.contactEmail()), nn(offer.contactPhone()), Texts.of(offer.cooperationPartners()),
				Texts.of(offer.activities()), offer.lastConfirmedOn().toString(),
				String.valueOf(offer.version()));
	}

	/** Missing parts filled in and empty place rows dropped: the form that is checked and saved. */
	OfferForm compacted() {
		var rows = new ArrayList<PlaceForm>();
		if (places != null) {
			places.stream().filter(place -> place != null && !place.isEmpty()).forEach(rows::add);
		}
		return new OfferForm(organisation, status, Texts.orEmpty(title), Texts.orEmpty(summary),
				Texts.orEmpty(description), topics == null ? List.of() : topics,
				targetGroups == null ? List.of() : targetGroups, languages == null ? List.of() : languages, mode, cost,
				Texts.orEmpty(costNote), rows, startsOn, endsOn, registrationUrl, freePlaces, contactName,
				contactEmail, contactPhone, Texts.orEmpty(partners), Texts.orEmpty(activities), lastConfirmedOn,
				version);
	}

	/** The form with {@code count} empty place rows after the entered ones, where new places can be typed. */
	OfferForm withEmptyRows(int count) {
		var rows = new ArrayList<PlaceForm>(places == null ? List.of() : places);
		for (int i = 0; i < count; i++) {
			rows.add(PlaceForm.EMPTY);
		}
		return new OfferForm(organisation, status, title, summary, description, topics, targetGroups, languages, mode,
				cost, costNote, rows, startsOn, endsOn, registrationUrl, freePlaces, contactName, contactEmail,
				contactPhone, partners, activities, lastConfirmedOn, version);
	}

	List<PlaceForm> placeRows() {
		return places == null ? List.of() : places;
	}

	private static String nn(@Nullable String value) {
		return value == null ? "" : value;
	}

	// JavaBean getters: Spring's BeanWrapper reads nested form paths (places[0].postcode, title.de) through them.

	public @Nullable Texts getTitle() {
		return title;
	}

	public @Nullable Texts getSummary() {
		return summary;
	}

	public @Nullable Texts getDescription() {
		return description;
	}

	public @Nullable Texts getCostNote() {
		return costNote;
	}

	public @Nullable Texts getPartners() {
		return partners;
	}

	public @Nullable Texts getActivities() {
		return activities;
	}

	public @Nullable List<PlaceForm> getPlaces() {
		return places;
	}
}
