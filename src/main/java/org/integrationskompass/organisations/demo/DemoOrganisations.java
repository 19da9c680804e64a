package org.integrationskompass.organisations.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.util.List;
import java.util.Set;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty directory with organisations, so a newcomer's first start shows a living portal: the host
 * organisations of the two Fachstellen, the four partners of the integration contracts, Lots*innen projects,
 * migrant organisations, municipal offices and a few other providers in all three Regierungsbezirke. Runs only with
 * demo content on and only while the directory is empty, so it never adds to what staff entered and never runs twice.
 *
 * <p>The real organisations are named with their town only (no street, phone or mail address: this is demo
 * content, not a directory entry they confirmed). The others are invented. Every one is marked as demo. The demo
 * offers ({@code offers.demo}) refer to these organisations by their slugs.
 */
@Component
@DemoContent
@Order(200)
class DemoOrganisations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	private final OrganisationRepository organisations;

	private final OrganisationService service;

	DemoOrganisations(OrganisationRepository organisations, OrganisationService service) {
		this.organisations = organisations;
		this.service = service;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisations.count() > 0) {
			return;
		}
		var demo = demoOrganisations();
		demo.forEach(details -> service.create(details, true));
		log.info("Demo content: {} organisations created", demo.size());
	}

	static List<OrganisationDetails> demoOrganisations() {
		return List.of(
				organisation("beramí berufliche Integration e. V.", OrganisationKind.ASSOCIATION,
						Fachstelle.MIGRANT_ORGANISATIONS, true, Town.FRANKFURT_GALLUS, null,
						Set.of("de", "en", "ar", "fa", "tr"),
						text("Der Frankfurter Verein unterstützt Zugewanderte beim Einstieg in Ausbildung und Beruf und "
								+ "trägt die Fachstelle Migrantenorganisationen des Kompetenzzentrums Vielfalt Hessen. "
								+ "Die Fachstelle berät Vereine von Menschen mit Migrationsgeschichte in ganz Hessen, "
								+ "bietet Schulungen zu Vereinsfragen an und lädt einmal im Jahr zum landesweiten Treffen ein.",
								"The Frankfurt association helps immigrants into training and work and runs the "
										+ "specialist unit for migrant organisations of the Kompetenzzentrum Vielfalt Hessen: "
										+ "counselling and training for associations all over Hesse and a statewide meeting "
										+ "every year.",
								"تساعد الجمعية في فرانكفورت المهاجرين على دخول التدريب المهني وسوق العمل، وتدير المكتب "
										+ "المتخصص لمنظمات المهاجرين في مركز الكفاءات للتنوع في هسن.")),
				organisation("LAGFA Hessen e. V.", OrganisationKind.ASSOCIATION, Fachstelle.WIR_LOTSINNEN, true,
						null, null, Set.of("de"),
						text("Die Landesarbeitsgemeinschaft der Freiwilligenagenturen ist Trägerin der Fachstelle "
								+ "WIR-Lots*innen. Sie berät die örtlichen Lots*innen-Projekte, stellt einen Leitfaden für "
								+ "eine Grundschulung in acht Modulen bereit und organisiert regionale Netzwerktreffen.",
								"The state association of volunteer centres runs the specialist unit for integration "
										+ "guides: it advises local projects, provides a guide for an eight-module basic "
										+ "training and organises regional network meetings.",
								null)),
				organisation("Bildungsstätte Anne Frank", OrganisationKind.EDUCATION_PROVIDER, null, true,
						Town.FRANKFURT_WESTEND, null, Set.of("de", "en"),
						text("Die Bildungsstätte arbeitet mit Jugendlichen und Erwachsenen gegen Antisemitismus und "
								+ "Rassismus. Mit dem Land hat sie 2018 einen Integrationsvertrag zu diesem Thema "
								+ "geschlossen; daraus ist ein Kompetenzzentrum mit Bildungs- und Beratungsangeboten "
								+ "entstanden.",
								"The education centre works with young people and adults against antisemitism and "
										+ "racism. In 2018 it signed an integration contract with the state on this topic, "
										+ "which led to a competence centre for education and counselling.",
								null)),
				organisation("Hessischer Jugendring", OrganisationKind.ASSOCIATION, null, true, Town.WIESBADEN, null,
						Set.of("de"),
						text("Der Dachverband der Jugendverbände in Hessen hat 2018 einen Integrationsvertrag zur "
								+ "Frage geschlossen, wie junge Menschen der zweiten und dritten Generation Zugehörigkeit "
								+ "erleben. Daraus entstand eine Landesfachstelle für Integration in der Jugendarbeit.",
								null, null)),
				organisation("Verband binationaler Familien und Partnerschaften, iaf e. V.",
						OrganisationKind.ASSOCIATION, null, true, Town.FRANKFURT_NORDEND, null,
						Set.of("de", "en", "tr", "ar"),
						text("Der Verband setzt sich für Familien und Paare ein, deren Mitglieder aus verschiedenen "
								+ "Ländern kommen. Sein Integrationsvertrag mit dem Land (2019) befasst sich mit den "
								+ "Rollenbildern von Männern und Vätern mit Migrationsgeschichte.",
								"The association stands up for families and couples from different countries. Its "
										+ "integration contract with the state (2019) is about the role models of men and "
										+ "fathers with a migration history.",
								null)),
				organisation("DRK-Landesverband Hessen e. V.", OrganisationKind.WELFARE_ORGANISATION, null, true,
						Town.WIESBADEN, null, Set.of("de", "en", "ar", "uk"),
						text("Das Rote Kreuz in Hessen hat sich 2019 ohne Landesgeld verpflichtet, sein Ehrenamt "
								+ "interkulturell zu öffnen und das Engagement von Zugewanderten sichtbar zu machen.",
								"In 2019 the Red Cross in Hesse committed itself, without state funding, to opening "
										+ "its volunteering to people of all origins and to making migrants' volunteering "
										+ "visible.",
								"التزم الصليب الأحمر في هسن عام 2019، ومن دون تمويل من الولاية، بانفتاح العمل التطوعي "
										+ "على الجميع وبإبراز تطوع المهاجرين.")),
				organisation("Integrationslots*innen Gießen", OrganisationKind.LOTSINNEN_PROJECT,
						Fachstelle.WIR_LOTSINNEN, true, Town.GIESSEN, "Bahnhofstraße 12",
						Set.of("de", "ar", "fa", "uk", "tr"),
						text("Rund dreißig geschulte Ehrenamtliche begleiten neu Zugewanderte in Stadt und Landkreis "
								+ "Gießen zu Ämtern, Schulen und Arztpraxen und helfen bei Formularen.",
								"About thirty trained volunteers accompany newcomers in the town and district of Gießen "
										+ "to offices, schools and doctors and help with forms.",
								"يرافق نحو ثلاثين متطوعًا مدرَّبًا القادمين الجدد في مدينة غيسن ودائرتها إلى الدوائر "
										+ "الرسمية والمدارس وعيادات الأطباء، ويساعدون في ملء الاستمارات.")),
				organisation("Lotsenpunkt Kassel", OrganisationKind.LOTSINNEN_PROJECT, Fachstelle.WIR_LOTSINNEN,
						true, Town.KASSEL, "Friedrich-Ebert-Straße 40", Set.of("de", "ar", "ku", "ti"),
						text("Ehrenamtliche Lots*innen aus zwölf Herkunftsländern helfen in Kassel dabei, sich im "
								+ "Alltag zurechtzufinden: beim Jobcenter, in der Schule, bei der Wohnungssuche.",
								null, null)),
				organisation("Lots*innen im Odenwald", OrganisationKind.LOTSINNEN_PROJECT, Fachstelle.WIR_LOTSINNEN,
						false, Town.ERBACH, "Hauptstraße 5", Set.of("de", "uk", "ru"),
						text("Ein junges Projekt im ländlichen Odenwaldkreis: Lots*innen fahren mit, wo Busse selten "
								+ "fahren, und kennen die Wege zu Behörden in Erbach und Michelstadt.",
								null, null)),
				organisation("Deutsch-Arabischer Kulturverein Mittelhessen e. V.",
						OrganisationKind.MIGRANT_ORGANISATION, Fachstelle.MIGRANT_ORGANISATIONS, true,
						Town.GIESSEN_OST, "Licher Straße 80", Set.of("de", "ar"),
						text("Der Verein wurde von Familien aus Syrien, dem Irak und dem Libanon gegründet. Er bietet "
								+ "Hausaufgabenhilfe, ein Frauencafé und Beratung auf Arabisch an.",
								"Founded by families from Syria, Iraq and Lebanon, the association offers homework help, "
										+ "a women's café and counselling in Arabic.",
								"أسّست الجمعيةَ عائلاتٌ من سوريا والعراق ولبنان، وهي تقدّم المساعدة في الواجبات "
										+ "المدرسية ومقهى للنساء واستشارات باللغة العربية.")),
				organisation("Ukrainische Gemeinschaft Osthessen e. V.", OrganisationKind.MIGRANT_ORGANISATION,
						Fachstelle.MIGRANT_ORGANISATIONS, false, Town.FULDA, "Petersberger Straße 20",
						Set.of("de", "uk", "ru"),
						text("Seit 2022 treffen sich in Fulda Menschen aus der Ukraine und ihre Unterstützer*innen. Der "
								+ "Verein organisiert Sprachtreffs, Kinderprogramme und Hilfe bei Anträgen.",
								null, null)),
				organisation("Türkisch-Deutscher Frauenverein Offenbach e. V.", OrganisationKind.MIGRANT_ORGANISATION,
						Fachstelle.MIGRANT_ORGANISATIONS, true, Town.OFFENBACH, "Frankfurter Straße 60",
						Set.of("de", "tr"),
						text("Frauen verschiedener Generationen bieten einander Beratung, Kurse und einen Ort zum "
								+ "Austausch. Der Verein ist seit über zwanzig Jahren in Offenbach aktiv.",
								null, null)),
				organisation("Afghanisch-Iranischer Elternverein Darmstadt e. V.",
						OrganisationKind.MIGRANT_ORGANISATION, Fachstelle.MIGRANT_ORGANISATIONS, false,
						Town.DARMSTADT, "Kasinostraße 15", Set.of("de", "fa", "prs", "ps"),
						text("Eltern aus Afghanistan und Iran helfen anderen Eltern, das Schulsystem zu verstehen, und "
								+ "vermitteln zwischen Familien und Schulen.",
								null, null)),
				organisation("WIR-Vielfaltszentrum Landkreis Gießen", OrganisationKind.MUNICIPALITY, null, true,
						Town.GIESSEN_WEST, "Riversplatz 1", Set.of("de", "en", "ar"),
						text("Die Koordinierungsstelle des Landkreises bündelt Angebote zur Integration, berät "
								+ "Kommunen und Vereine und führt den Überblick über Deutschkurse im Kreisgebiet.",
								"The district's coordination office brings integration offers together, advises "
										+ "municipalities and associations and keeps track of German courses in the district.",
								null)),
				organisation("WIR-Vielfaltszentrum Stadt Kassel", OrganisationKind.MUNICIPALITY, null, true,
						Town.KASSEL_WEST, "Obere Königsstraße 8", Set.of("de", "en"),
						text("Die städtische Stelle für Vielfalt und Integration in Kassel vernetzt Initiativen und "
								+ "begleitet die kommunale Vielfaltsstrategie.",
								null, null)),
				organisation("Sprachschule Lahnbrücke", OrganisationKind.EDUCATION_PROVIDER, null, false,
						Town.WETZLAR, "Lahnstraße 3", Set.of("de", "en", "ar", "tr"),
						text("Zugelassener Träger für Integrations- und Berufssprachkurse in Wetzlar und Gießen, mit "
								+ "Kursen am Vormittag, am Abend und mit Kinderbetreuung.",
								null, null)),
				organisation("Familienbildungswerk Nordhessen", OrganisationKind.WELFARE_ORGANISATION, null, true,
						Town.KASSEL, "Wilhelmshöher Allee 90", Set.of("de", "ar", "ru"),
						text("Kurse und Treffpunkte für Eltern und Kinder in Kassel, Korbach und Witzenhausen, viele "
								+ "davon in einfacher Sprache.",
								null, null)),
				organisation("Interkultureller Frauentreff Limburg e. V.", OrganisationKind.ASSOCIATION, null, false,
						Town.LIMBURG, "Bahnhofsplatz 2", Set.of("de", "ar", "fa", "tr"),
						text("Ein offener Treffpunkt für Frauen jeder Herkunft mit Deutschkurs, Nähwerkstatt und "
								+ "Beratung zu Familie und Beruf.",
								null, null)));
	}

	private static OrganisationDetails organisation(String name, OrganisationKind kind,
			@Nullable Fachstelle fachstelle, boolean verified, @Nullable Town town, @Nullable String street,
			Set<String> languages, LocalizedText description) {
		return new OrganisationDetails(name, kind, description, town == null ? null : street,
				town == null ? null : town.postcode, town == null ? null : town.city, town == null ? null : town.ags,
				town == null ? null : town.ags.substring(0, 5), town == null ? null : town.latitude,
				town == null ? null : town.longitude, null, null, null, languages, LocalizedText.empty(), verified,
				fachstelle);
	}

	/** Postcode areas of the demo addresses, with their centroids from the open postcode data. */
	enum Town {

		FRANKFURT_GALLUS("60329", "Frankfurt am Main", "06412000", 50.10675, 8.66706),
		FRANKFURT_WESTEND("60431", "Frankfurt am Main", "06412000", 50.14489, 8.65123),
		FRANKFURT_NORDEND("60385", "Frankfurt am Main", "06412000", 50.12322, 8.71231),
		WIESBADEN("65185", "Wiesbaden", "06414000", 50.07561, 8.23957),
		OFFENBACH("63065", "Offenbach am Main", "06413000", 50.10436, 8.76366),
		DARMSTADT("64283", "Darmstadt", "06411000", 49.87018, 8.65236),
		ERBACH("64711", "Erbach", "06437006", 49.63432, 9.01080),
		GIESSEN("35390", "Gießen", "06531005", 50.58674, 8.67619),
		GIESSEN_OST("35394", "Gießen", "06531005", 50.57319, 8.71847),
		GIESSEN_WEST("35398", "Gießen", "06531005", 50.54440, 8.61780),
		WETZLAR("35578", "Wetzlar", "06532023", 50.54313, 8.52031),
		LIMBURG("65549", "Limburg a.d. Lahn", "06533009", 50.38640, 8.06968),
		FULDA("36037", "Fulda", "06631009", 50.55610, 9.68684),
		KASSEL("34117", "Kassel", "06611000", 51.31619, 9.49200),
		KASSEL_WEST("34119", "Kassel", "06611000", 51.31744, 9.46608);

		final String postcode;

		final String city;

		final String ags;

		final double latitude;

		final double longitude;

		Town(String postcode, String city, String ags, double latitude, double longitude) {
			this.postcode = postcode;
			this.city = city;
			this.ags = ags;
			this.latitude = latitude;
			this.longitude = longitude;
		}
	}
}
