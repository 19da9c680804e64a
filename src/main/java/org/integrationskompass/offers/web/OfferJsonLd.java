package org.integrationskompass.offers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.web.JsonLd;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offer as schema.org data (a {@code Service} with its provider, channels and places) for search engines and
 * apps, escaped for its {@code <script>} element by {@link JsonLd}.
 */
final class OfferJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OfferJsonLd() {
	}

	static String of(OfferPage offer, String pageUrl, String organisationUrl, String language) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Service");
		data.put("@id", pageUrl);
		data.put("url", pageUrl);
		data.put("name", text(offer.title(), language));
		putIfPresent(data, "description", text(offer.summary(), language));
		data.put("provider", Map.of("@type", "Organization", "name", offer.organisationName(), "url", organisationUrl));
		if (!offer.topics().isEmpty()) {
			data.put("category", offer.topics().stream().map(topic -> text(topic, language)).toList());
		}
		if (!offer.targetGroups().isEmpty()) {
			data.put("audience", offer.targetGroups().stream()
				.map(group -> Map.of("@type", "Audience", "audienceType", text(group, language)))
				.toList());
		}
		var offerData = new LinkedHashMap<String, Object>();
		offerData.put("@type", "Offer");
		if (offer.freeOfCharge()) {
			offerData.put("price", "0");
			offerData.put("priceCurrency", "EUR");
		}
		putIfPresent(offerData, "description", text(offer.costNote(), language));
		putIfPresent(offerData, "url", offer.registrationUrl());
		if (offer.startsOn() != null) {
			offerData.put("validFrom", offer.startsOn().toString());
		}
		if (offer.endsOn() != null) {
			offerData.put("validThrough", offer.endsOn().toString());
		}
		data.put("offers", offerData);
		var channels = new ArrayList<Map<String, Object>>();
		for (var place : offer.places()) {
			var channel = channel(offer);
			var location = new LinkedHashMap<String, Object>();
			location.put("@type", "Place");
			putIfPresent(location, "name", place.label());
			var address = new LinkedHashMap<String, Object>();
			address.put("@type", "PostalAddress");
			putIfPresent(address, "streetAddress", place.street());
			address.put("postalCode", place.postcode());
			address.put("addressLocality", place.city());
			address.put("addressCountry", "DE");
			location.put("address", address);
			location.put("geo", Map.of("@type", "GeoCoordinates", "latitude", place.latitude(), "longitude",
					place.longitude()));
			channel.put("serviceLocation", location);
			channels.add(channel);
		}
		if (channels.isEmpty()) {
			channels.add(channel(offer));
		}
		data.put("availableChannel", channels);
		return safeForScriptElement(JSON.writeValueAsString(data));
	}

	private static LinkedHashMap<String, Object> channel(OfferPage offer) {
		var channel = new LinkedHashMap<String, Object>();
		channel.put("@type", "ServiceChannel");
		if (!offer.languages().isEmpty()) {
			channel.put("availableLanguage", offer.languages());
		}
		putIfPresent(channel, "serviceUrl", offer.registrationUrl());
		if (offer.contactEmail() != null || offer.contactPhone() != null) {
			var contact = new LinkedHashMap<String, Object>();
			contact.put("@type", "ContactPoint");
			putIfPresent(contact, "name", offer.contactName());
			putIfPresent(contact, "email", offer.contactEmail());
			putIfPresent(contact, "telephone", offer.contactPhone());
			channel.put("servicePhone", contact);
		}
		return channel;
	}

	/** Plain text of a translatable text in the page's language (German when not translated). */
	private static String text(LocalizedText text, String language) {
		return text.in(language).text();
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	static String safeForScriptElement(String json) {
		return JsonLd.safeForScriptElement(json);
	}
}
