package org.integrationskompass.organisations.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * What staff enter about an organisation. Every field may arrive missing (null) from a hand-made request; lengths
 * match the database columns. Translatable texts have a field per page language. The address's municipality,
 * Kreis and coordinates are not typed in: they come from the postcode ({@code kreisKey} is asked only when the
 * postcode is not known). The logo file is checked by {@link LogoUpload}; it is never shown again (browsers do not
 * fill in file fields), so a form coming back with errors asks for it anew.
 */
record OrganisationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String name,
		@NotBlank(message = "{organisations.admin.form.kind.required}") @Nullable String kind,
		@NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionAr,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String street,
		@Pattern(regexp = "\\s*|\\s*\\d{5}\\s*", message = "{organisations.admin.form.postcode.invalid}") @Nullable String postcode,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String city,
		@Pattern(regexp = "|\\d{5}", message = "{typeMismatch}") @Nullable String kreisKey,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "\\s*|\\s*https?://[^\\s<>\"]+\\.[^\\s<>\"]+\\s*", flags = Pattern.Flag.CASE_INSENSITIVE, message = "{organisations.admin.form.website.invalid}") @Nullable String website,
		@Size(max = 254, message = "{validation.tooLong}") @Email(regexp = "|[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+", message = "{validation.emailAddress.invalid}") @Nullable String email,
		@Size(max = 50, message = "{validation.tooLong}") @Pattern(regexp = "|[+]?[0-9 ()/-]{3,50}", message = "{organisations.admin.form.phone.invalid}") @Nullable String phone,
		@Nullable Set<String> languages,
		@Nullable MultipartFile logo,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String logoAltDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String logoAltEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String logoAltAr,
		@Nullable String verified,
		@Nullable String fachstelle,
		@Nullable String removeLogo,
		@Nullable String version) {

	/** The fields in the order of the form, for the error summary. */
	static final List<String> FIELDS = List.of("name", "kind", "descriptionDe", "descriptionEn", "descriptionAr",
			"street", "postcode", "city", "kreisKey", "website", "email", "phone", "languages", "logo", "logoAltDe",
			"logoAltEn", "logoAltAr", "verified", "fachstelle");

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", "", "", "", "", "", Set.of(), null, "", "", "", "",
				"", "", "");
	}

	static OrganisationForm of(OrganisationDetails details, long version) {
		return new OrganisationForm(details.name(), details.kind().name(), text(details.description(), "de"),
				text(details.description(), "en"), text(details.description(), "ar"), orEmpty(details.street()),
				orEmpty(details.postcode()), orEmpty(details.city()), orEmpty(details.kreisKey()),
				orEmpty(details.website()), orEmpty(details.email()), orEmpty(details.phone()),
				Set.copyOf(details.languages()), null, text(details.logoAlt(), "de"), text(details.logoAlt(), "en"),
				text(details.logoAlt(), "ar"), details.verified() ? "true" : "",
				details.fachstelle() == null ? "" : details.fachstelle().name(), "", Long.toString(version));
	}

	OrganisationForm withVersion(long newVersion) {
		return withVersion(Long.toString(newVersion));
	}

	private OrganisationForm withVersion(String newVersion) {
		return new OrganisationForm(name, kind, descriptionDe, descriptionEn, descriptionAr, street, postcode, city,
				kreisKey, website, email, phone, languages, null, logoAltDe, logoAltEn, logoAltAr, verified, fachstelle,
				removeLogo, newVersion);
	}

	LocalizedText description() {
		return localized(descriptionDe, descriptionEn, descriptionAr);
	}

	LocalizedText logoAlt() {
		return localized(logoAltDe, logoAltEn, logoAltAr);
	}

	Set<String> languageCodes() {
		return languages == null ? Set.of() : languages;
	}

	boolean isVerified() {
		return "true".equals(verified);
	}

	boolean logoToBeRemoved() {
		return "true".equals(removeLogo);
	}

	/** The kind, or empty when none or an unknown one was sent. */
	Optional<OrganisationKind> kindValue() {
		return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	/** Whether the Fachstelle sent is none or a known one. */
	boolean fachstelleKnown() {
		return fachstelle == null || fachstelle.isBlank() || fachstelleValue() != null;
	}

	@Nullable Fachstelle fachstelleValue() {
		return Arrays.stream(Fachstelle.values()).filter(f -> f.name().equals(fachstelle)).findFirst().orElse(null);
	}

	/** The version the form was read at, or empty when it is missing or not a number. */
	Optional<Long> versionValue() {
		try {
			return version == null ? Optional.empty() : Optional.of(Long.parseLong(version.strip()));
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		var values = new LinkedHashMap<String, String>();
		if (de != null) {
			values.put("de", de);
		}
		if (en != null) {
			values.put("en", en);
		}
		if (ar != null) {
			values.put("ar", ar);
		}
		return LocalizedText.of(values);
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
