package org.integrationskompass.contracts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.integrationskompass.contracts.domain.FundingKind;
import org.integrationskompass.contracts.domain.IntegrationContract;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The back-office form of a contract. Everything is text as typed, so that a wrong date or amount comes back as a
 * message with the input kept; {@link ContractAdminController} parses and checks what Bean Validation cannot.
 * Partners not in the directory, related events and related offers are entered one per line.
 */
record ContractForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String topicDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String topicEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String topicAr,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String summaryDe,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String summaryEn,
		@Size(max = 10000, message = "{validation.tooLong}") @Nullable String summaryAr,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String legalBasisDe,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String legalBasisEn,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String legalBasisAr,
		@Nullable List<String> partnerIds,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String partnerNames,
		@Nullable String signedOn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String signingEvent,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String announcementUrl,
		@Nullable String startsOn, @Nullable String endsOn, @Nullable String funding,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String amount,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String events,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String offers) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "topicDe", "topicEn", "topicAr",
			"summaryDe", "summaryEn", "summaryAr", "legalBasisDe", "legalBasisEn", "legalBasisAr", "partnerIds",
			"partnerNames", "signedOn", "signingEvent", "announcementUrl", "startsOn", "endsOn", "funding", "amount",
			"events", "offers");

	static ContractForm empty() {
		return new ContractForm("", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", "",
				FundingKind.STATE_FUNDED.name(), "", "", "");
	}

	static ContractForm of(IntegrationContract contract) {
		var directory = contract.partners().stream().filter(partner -> partner.organisationId() != null)
			.map(partner -> String.valueOf(partner.organisationId())).toList();
		var named = contract.partners().stream().filter(partner -> partner.organisationId() == null)
			.map(partner -> partner.name()).collect(Collectors.joining("\n"));
		var amount = contract.funding().amount();
		return new ContractForm(text(contract.title(), "de"), text(contract.title(), "en"), text(contract.title(), "ar"),
				text(contract.topic(), "de"), text(contract.topic(), "en"), text(contract.topic(), "ar"),
				text(contract.summary(), "de"), text(contract.summary(), "en"), text(contract.summary(), "ar"),
				text(contract.legalBasis(), "de"), text(contract.legalBasis(), "en"), text(contract.legalBasis(), "ar"),
				directory, named, date(contract.signedOn()), orEmpty(contract.signingEventSlug()),
				orEmpty(contract.announcementUrl()), date(contract.startsOn()), date(contract.endsOn()),
				contract.funding().kind().name(), amount == null ? "" : amount.toPlainString(),
				String.join("\n", contract.eventSlugs()), String.join("\n", contract.offerSlugs()));
	}

	LocalizedText title() {
		return localized(titleDe, titleEn, titleAr);
	}

	LocalizedText topic() {
		return localized(topicDe, topicEn, topicAr);
	}

	LocalizedText summary() {
		return localized(summaryDe, summaryEn, summaryAr);
	}

	LocalizedText legalBasis() {
		return localized(legalBasisDe, legalBasisEn, legalBasisAr);
	}

	List<String> chosenPartnerIds() {
		return partnerIds == null ? List.of() : partnerIds.stream().filter(id -> id != null && !id.isBlank()).toList();
	}

	static List<String> lines(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}

	/** An ISO date as the browser's date field sends it; empty when blank, null when it cannot be read. */
	static @Nullable Optional<LocalDate> date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value.strip()));
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

	/**
	 * An amount in euros as people type it: "120000", "120000.50", "120.000,50", "120 000 €". Empty when blank,
	 * null when it is not a number (the sign is kept, so that a negative amount gets its own message).
	 */
	static @Nullable Optional<BigDecimal> euros(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var plain = value.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0\\u202f]", "");
		if (plain.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?") || plain.matches("-?\\d+,\\d{1,2}")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		else if (plain.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?")) {
			plain = plain.replace(",", "");
		}
		if (!plain.matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
			return null;
		}
		return Optional.of(new BigDecimal(plain));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", orEmpty(de), "en", orEmpty(en), "ar", orEmpty(ar)));
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String date(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
