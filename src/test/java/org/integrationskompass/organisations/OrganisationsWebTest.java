package org.integrationskompass.organisations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port with its own database, no gazetteer imported (so no Kreis outlines and no
 * postcodes are known) and two profile sections contributed the way other modules do. Classes with this annotation
 * share one application context; their tests must not assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
@Import(OrganisationsWebTest.ProfileSections.class)
@interface OrganisationsWebTest {

	/** Title of the entry the "offers" section lists for organisations whose name contains this marker. */
	String WITH_SECTIONS = "mit Profilabschnitten";

	@TestConfiguration(proxyBeanMethods = false)
	class ProfileSections {

		@Bean
		OrganisationProfileContent laterSection(OrganisationService organisations) {
			return (organisation, locale) -> sectionFor(organisations, organisation, "layout.footer.imprint", 20,
					new ProfileSection.Entry("Sprachcafé am Mittwoch", "Jeden Mittwoch ab 17 Uhr", "/angebote/sprachcafe",
							"de"));
		}

		@Bean
		OrganisationProfileContent earlierSection(OrganisationService organisations) {
			return (organisation, locale) -> sectionFor(organisations, organisation, "layout.footer.privacy", 10,
					new ProfileSection.Entry("مقهى اللغة", null, "/angebote/maqha", "ar"));
		}

		private static Optional<ProfileSection> sectionFor(OrganisationService organisations, OrganisationId id,
				String titleKey, int order, ProfileSection.Entry entry) {
			var name = organisations.findForEditing(id).map(e -> e.summary().name()).orElse("");
			return name.contains(WITH_SECTIONS) ? Optional.of(new ProfileSection(titleKey, List.of(entry), order))
					: Optional.empty();
		}

	}
}
