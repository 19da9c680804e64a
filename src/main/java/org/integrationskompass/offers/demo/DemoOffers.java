package org.integrationskompass.offers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.offers.domain.OfferDetails;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroup;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.Topic;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationSummary;
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
 * Fills an empty offer finder with offers of the demo organisations all over Hessen, so a newcomer's first start
 * shows a living portal and the visitor journey of the issue ("Deutschkurs" within 20 km of Gießen, then "for
 * women") has several answers. Runs after the demo organisations, only with demo content on and only while there
 * are no offers at all, so it never adds to real data and never runs twice. Offers are saved through the
 * {@link OfferService}, so the search index sees them at once.
 *
 * <p>The texts are our own; organisations and offers are invented or restate public facts. Periods are relative to
 * the day of loading, so the demo never starts out expired. A few offers were "last confirmed" more than 11 months ago,
 * to show how the portal marks information that may be outdated: the freshness cycle reminds their providers (and
 * lists them on the freshness dashboard) but does not pause them on the first day.
 */
@Component
@DemoContent
@Order(210)
class DemoOffers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOffers.class);

	private final OfferRepository offers;

	private final OfferService service;

	private final OrganisationDirectory organisations;

	private final TopicRepository topics;

	private final TargetGroupRepository targetGroups;

	DemoOffers(OfferRepository offers, OfferService service, OrganisationDirectory organisations,
			TopicRepository topics, TargetGroupRepository targetGroups) {
		this.offers = offers;
		this.service = service;
		this.organisations = organisations;
		this.topics = topics;
		this.targetGroups = targetGroups;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (offers.countAll() > 0) {
			return;
		}
		var byName = organisations.all().stream()
			.filter(OrganisationSummary::demo)
			.collect(Collectors.toMap(OrganisationSummary::name, Function.identity(), (a, b) -> a));
		var topicsBySlug = topics.findAll().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
		var groupsBySlug = targetGroups.findAll().stream()
			.collect(Collectors.toMap(TargetGroup::slug, Function.identity()));
		var today = LocalDate.now(service.clock());
		var created = 0;
		for (var offer : demoOffers()) {
			var organisation = byName.get(offer.organisation);
			if (organisation == null) {
				continue;
			}
			service.create(offer.details(organisation, topicsBySlug, groupsBySlug, today), null, true);
			created++;
		}
		if (created > 0) {
			log.info("Demo content: {} offers created", created);
		}
	}

	/** The demo offers, independent of the database; organisations are named as in {@code organisations.demo}. */
	static List<DemoOffer> demoOffers() {
		var all = new ArrayList<DemoOffer>();

		// --- Gießen and surroundings: the visitor journey "Deutschkurs near 35390, for women" ---
		all.add(offer(KULTURVEREIN_MITTELHESSEN, "Deutschkurs für Frauen mit Kinderbetreuung")
			.summary("Deutsch lernen am Vormittag, während die Kinder nebenan betreut werden – für Frauen, die "
					+ "neu in Gießen sind.")
			.description("Der Kurs führt in kleinen Gruppen zum Niveau A2. Wir üben Sprache für den Alltag: beim "
					+ "Einkaufen, beim Kinderarzt, im Gespräch mit der Schule. Zwei Erzieherinnen betreuen die "
					+ "Kinder im Raum nebenan.")
			.english("German course for women, with childcare",
					"Learn German in the morning while your children are looked after next door – for women new to Gießen.")
			.arabic("دورة لغة ألمانية للنساء مع رعاية الأطفال",
					"تعلّمي الألمانية في الصباح بينما يُعتنى بأطفالك في الغرفة المجاورة – للنساء القادمات حديثًا إلى غيسن.")
			.topics("sprache-bildung").groups("frauen", "neu-zugewanderte", "familien-eltern")
			.languages("de", "ar").at(DemoPlace.GIESSEN_SUED, "Frankfurter Straße 20", "Mo, Mi, Fr 9–12 Uhr")
			.period(14, 180).registration("https://example.org/anmeldung/deutschkurs-frauen", 4)
			.contact("Samira Haddad", "deutschkurs@example.org").activities("Sprachkurs, Kinderbetreuung"));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Deutschkurs für Mütter in Linden")
			.summary("Ein Deutschkurs am Vormittag für Mütter mit kleinen Kindern, mitten im Familienzentrum.")
			.description("Wir sprechen über Themen aus dem Familienalltag und üben Gespräche mit Kita und Schule. "
					+ "Babys dürfen mitkommen. Der Kurs ist kostenlos und wird vom Landkreis gefördert.")
			.english("German course for mothers in Linden",
					"A morning German course for mothers with small children, in the family centre.")
			.topics("sprache-bildung", "gesundheit-familie").groups("frauen", "familien-eltern")
			.languages("de", "ar", "fa", "uk").at(DemoPlace.LINDEN, "Am Schwimmbad 4", "Di und Do 9–11 Uhr")
			.contact("Anna Becker", "familienzentrum@example.org").partners("Familienzentrum Linden"));
		all.add(offer(SPRACHSCHULE_LAHNBRUECKE, "Alphabetisierung und Deutschkurs für Frauen")
			.summary("Lesen, Schreiben und Deutsch in einem Kurs – für Frauen, die noch keine oder wenig Schule "
					+ "besuchen konnten.")
			.description("Der Kurs verbindet Alphabetisierung mit einem Deutschkurs. Unterricht in einer "
					+ "Frauengruppe mit Lehrerin; Fahrtkosten können erstattet werden.")
			.topics("sprache-bildung").groups("frauen", "gefluechtete")
			.languages("de", "tr", "ar").fee("Für Teilnehmende mit Berechtigung übernimmt das Bundesamt die Kosten; "
					+ "sonst 2,20 € je Unterrichtsstunde.")
			.at(DemoPlace.WETZLAR, "Lahnstraße 3", "Mo–Do 8:30–11:45 Uhr").period(30, 240)
			.registration("https://example.org/lahnbruecke/alpha", 6).contact("Frau Yilmaz", "alpha@example.org"));
		all.add(offer(SPRACHSCHULE_LAHNBRUECKE, "Integrationskurs mit Kinderbetreuung in Gießen")
			.summary("Integrationskurs mit 600 Stunden Deutschkurs und Orientierungskurs, dazu Betreuung für Kinder "
					+ "unter drei Jahren.")
			.description("Besonders geeignet für Eltern, die sonst keinen Kurs besuchen könnten. Viele Teilnehmerinnen "
					+ "sind Mütter; Väter sind ebenso willkommen.")
			.english("Integration course with childcare in Gießen",
					"Integration course with 600 hours of German and an orientation course, plus care for children "
							+ "under three.")
			.topics("sprache-bildung", "zuwanderung-flucht").groups("neu-zugewanderte", "familien-eltern", "frauen")
			.languages("de", "en", "ar", "tr")
			.fee("Kostenbeitrag nach den Regeln des Bundesamts; Befreiung auf Antrag möglich.")
			.at(DemoPlace.GIESSEN_OST, "Licher Straße 35", "Mo–Fr 8:30–12:45 Uhr").period(21, 300)
			.registration("https://example.org/lahnbruecke/integrationskurs", 3));
		all.add(offer(SPRACHSCHULE_LAHNBRUECKE, "Deutschkurs am Abend für Berufstätige")
			.summary("Berufsbegleitender Deutschkurs von B1 bis B2, zweimal pro Woche nach Feierabend.")
			.description("Für alle, die tagsüber arbeiten und ihr Deutsch für den Beruf verbessern möchten. "
					+ "Schwerpunkte: E-Mails, Telefonate, Besprechungen.")
			.english("Evening German course for working people",
					"German course from B1 to B2 for people in work, twice a week after hours.")
			.topics("sprache-bildung", "arbeit").groups("arbeitsuchende", "neu-zugewanderte").languages("de", "en")
			.fee("180 € für zwölf Wochen; Ermäßigung mit Gießen-Pass.")
			.at(DemoPlace.GIESSEN, "Bahnhofstraße 12", "Di und Do 18–20:15 Uhr").period(10, 84)
			.registration("https://example.org/lahnbruecke/abendkurs", 8));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Deutschkurs für junge Geflüchtete in Pohlheim")
			.summary("Deutsch lernen mit Gleichaltrigen: ein Kurs für junge Menschen von 16 bis 25, die nicht mehr "
					+ "zur Schule gehen müssen.")
			.description("Neben dem Unterricht gibt es Ausflüge zu Betrieben in der Region und Unterstützung bei der "
					+ "Suche nach einem Praktikum.")
			.topics("sprache-bildung", "zuwanderung-flucht").groups("jugendliche", "gefluechtete")
			.languages("de", "ar", "fa", "ps", "ti").at(DemoPlace.POHLHEIM, "Ludwigstraße 2", "Mo–Mi 13–16 Uhr")
			.period(7, 150));
		all.add(offer(KULTURVEREIN_MITTELHESSEN, "Online-Deutschkurs für Frauen (A2)")
			.summary("Deutsch lernen von zu Hause: ein Online-Deutschkurs für Frauen in kleinen Gruppen.")
			.description("Sie brauchen nur ein Smartphone. Die Lehrerin erklärt bei Bedarf auch auf Arabisch. "
					+ "Vor dem Start gibt es eine Einführung in die Kurs-App.")
			.english("Online German course for women (A2)",
					"Learn German from home: an online course for women in small groups.")
			.arabic("دورة ألمانية عبر الإنترنت للنساء (A2)",
					"تعلّمي الألمانية من البيت: دورة عبر الإنترنت للنساء في مجموعات صغيرة.")
			.topics("sprache-bildung").groups("frauen").languages("de", "ar").mode(OfferMode.ONLINE)
			.period(20, 120).registration("https://example.org/online-deutsch", 10));
		all.add(offer(LOTSINNEN_GIESSEN, "Sprach-Café für Frauen in Lich")
			.summary("Bei Tee und Kuchen Deutsch sprechen – ohne Prüfung, ohne Anmeldung, jede Frau ist willkommen.")
			.description("Ehrenamtliche aus Lich und Frauen aus vielen Ländern treffen sich im Gemeindehaus. Wer "
					+ "gerade erst Deutsch lernt, findet hier Zeit zum Üben.")
			.topics("sprache-bildung", "teilhabe").groups("frauen", "seniorinnen")
			.languages("de", "de-x-ls", "ar", "uk").at(DemoPlace.LICH, "Unterstadt 9", "Jeden Mittwoch 15–17 Uhr")
			.activities("Gespräche, Spiele, gemeinsames Kochen einmal im Monat"));
		all.add(offer(LOTSINNEN_GIESSEN, "Lots*innen-Sprechstunde in Gießen")
			.summary("Ehrenamtliche Lots*innen helfen bei Briefen von Ämtern und begleiten zu Terminen.")
			.description("Bringen Sie Ihre Post mit. Die Lots*innen sprechen unter anderem Arabisch, Farsi, "
					+ "Ukrainisch und Türkisch. Für eine Begleitung vereinbaren wir einen Termin.")
			.english("Drop-in hours of the integration guides in Gießen",
					"Volunteer integration guides help with letters from offices and go with you to appointments.")
			.arabic("ساعات استقبال مرشدي الاندماج في غيسن",
					"يساعد مرشدو الاندماج المتطوعون في فهم رسائل الدوائر الرسمية ويرافقونك إلى المواعيد.")
			.topics("zuwanderung-flucht", "teilhabe").groups("neu-zugewanderte", "gefluechtete")
			.languages("de", "ar", "fa", "uk", "tr").at(DemoPlace.GIESSEN, "Bahnhofstraße 12", "Do 14–17 Uhr")
			.contact("Lots*innen-Team", "lotsen-giessen@example.org"));
		all.add(offer(LOTSINNEN_GIESSEN, "Begleitung zu Ärztinnen und Ärzten")
			.summary("Lots*innen begleiten zu Arztterminen und helfen, sich zu verständigen.")
			.description("Termin bitte eine Woche vorher absprechen. Die Begleitung ist vertraulich und kostenlos.")
			.topics("gesundheit-familie").groups("neu-zugewanderte", "seniorinnen")
			.languages("de", "ar", "fa", "uk").byAppointment(DemoPlace.GIESSEN_NORD, "Marburger Straße 100")
			.confirmedDaysAgo(360));
		all.add(offer(KULTURVEREIN_MITTELHESSEN, "Hausaufgabenhilfe für Grundschulkinder")
			.summary("Studierende helfen Kindern der Klassen 1 bis 4 bei Hausaufgaben und beim Lesen.")
			.description("Eltern können bei Fragen zur Schule auf Arabisch beraten werden.")
			.english("Homework help for primary school children",
					"Students help children in years 1 to 4 with homework and reading.")
			.topics("sprache-bildung").groups("kinder", "familien-eltern").languages("de", "ar")
			.at(DemoPlace.GIESSEN_OST, "Licher Straße 80", "Mo–Do 14–16 Uhr"));
		all.add(offer(KULTURVEREIN_MITTELHESSEN, "Frauencafé: Gesundheit im Gespräch")
			.summary("Einmal im Monat kommt eine Ärztin oder Hebamme ins Frauencafé und beantwortet Fragen.")
			.description("Themen sind zum Beispiel Vorsorge, Impfungen und Schwangerschaft. Gespräche auf Deutsch "
					+ "und Arabisch.")
			.arabic("مقهى النساء: حديث عن الصحة",
					"مرة في الشهر تزور طبيبة أو قابلة مقهى النساء وتجيب عن الأسئلة.")
			.topics("gesundheit-familie").groups("frauen").languages("de", "ar")
			.at(DemoPlace.GIESSEN_OST, "Licher Straße 80", "Erster Samstag im Monat, 15–17 Uhr"));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Fahrradkurs für Frauen in Wettenberg")
			.summary("Radfahren lernen in einer Frauengruppe, von den ersten Metern bis zur Fahrt im Straßenverkehr.")
			.description("Fahrräder und Helme werden gestellt. Trainerinnen erklären auch die wichtigsten "
					+ "Verkehrsregeln.")
			.topics("teilhabe").groups("frauen").languages("de", "ar", "fa", "tr")
			.at(DemoPlace.WETTENBERG, "Sportplatz Krofdorf", "Samstags 10–12 Uhr").period(25, 60)
			.registration("https://example.org/radkurs", 5));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Ankommen im Landkreis Gießen – in Leichter Sprache")
			.summary("Ein Informations-Nachmittag in Leichter Sprache: Wer hilft bei was? Wo bekomme ich Beratung?")
			.description("Der Nachmittag findet im Kreishaus statt und wird zusätzlich online übertragen.")
			.topics("zuwanderung-flucht").groups("neu-zugewanderte").languages("de-x-ls", "de")
			.mode(OfferMode.HYBRID).at(DemoPlace.GIESSEN_NORD, "Riversplatz 1", "Nach Ankündigung")
			.period(35, 0));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Bewerbungstraining für Geflüchtete in Grünberg")
			.summary("Lebenslauf, Anschreiben und Vorstellungsgespräch üben – mit Ehrenamtlichen aus Betrieben.")
			.description("Vier Termine in der Stadtbibliothek. Bitte Zeugnisse mitbringen, falls vorhanden.")
			.topics("arbeit").groups("gefluechtete", "arbeitsuchende").languages("de", "ar", "fa")
			.at(DemoPlace.GRUENBERG, "Marktplatz 2", "Mittwochs 17–19 Uhr").period(40, 28));
		all.add(offer(SPRACHSCHULE_LAHNBRUECKE, "Integrationskurs in Marburg")
			.summary("Allgemeiner Integrationskurs mit Orientierungskurs; Einstieg jeden Monat möglich.")
			.description("Vor dem Kurs machen wir einen Einstufungstest, damit Sie im passenden Modul beginnen.")
			.topics("sprache-bildung").groups("neu-zugewanderte").languages("de", "en", "ar", "tr")
			.fee("Kostenbeitrag nach den Regeln des Bundesamts.")
			.at(DemoPlace.MARBURG, "Universitätsstraße 7", "Mo–Fr 13–17 Uhr"));
		all.add(offer(BERAMI, "Vereinsberatung für Migrantenorganisationen in Mittelhessen")
			.summary("Die Fachstelle Migrantenorganisationen berät Vereine zu Satzung, Förderanträgen und "
					+ "Ehrenamt.")
			.description("Termine vor Ort in Marburg oder per Video. Ihre Themen sind im Kompetenzzentrum orange "
					+ "gekennzeichnet.")
			.english("Counselling for migrant organisations in central Hesse",
					"The specialist unit for migrant organisations advises associations on statutes, funding "
							+ "applications and volunteering.")
			.topics("teilhabe", "vielfalt-antidiskriminierung").groups("migrantenorganisationen")
			.languages("de", "en", "tr", "fa").mode(OfferMode.HYBRID)
			.byAppointment(DemoPlace.MARBURG, "Biegenstraße 20"));
		all.add(offer(KULTURVEREIN_MITTELHESSEN, "Elterntreff in Stadtallendorf")
			.summary("Eltern tauschen sich über Schule, Ausbildung und Erziehung in zwei Kulturen aus.")
			.description("Der Treff wird von zwei Müttern geleitet, die selbst vor Jahren nach Hessen gekommen sind.")
			.topics("gesundheit-familie", "sprache-bildung").groups("familien-eltern").languages("de", "ar", "tr")
			.at(DemoPlace.STADTALLENDORF, "Bahnhofstraße 1", "Jeden zweiten Freitag, 16–18 Uhr"));
		all.add(offer(FRAUENTREFF_LIMBURG, "Deutschkurs für Frauen in Limburg")
			.summary("Ein Deutschkurs für Anfängerinnen mit Kinderecke, im Frauentreff am Bahnhof.")
			.description("Unterricht in einer Frauengruppe. Die Kinderecke wird von Ehrenamtlichen betreut.")
			.topics("sprache-bildung").groups("frauen", "neu-zugewanderte").languages("de", "ar", "fa", "tr")
			.at(DemoPlace.LIMBURG, "Bahnhofsplatz 2", "Di und Do 9–11:30 Uhr"));
		all.add(offer(FRAUENTREFF_LIMBURG, "Nähwerkstatt und Sprachtreff")
			.summary("Gemeinsam nähen, reparieren und dabei Deutsch sprechen.")
			.description("Nähmaschinen sind vorhanden. Für Stoffe bitten wir um einen kleinen Beitrag.")
			.topics("teilhabe").groups("frauen", "seniorinnen").languages("de", "fa", "tr")
			.fee("3 € Materialbeitrag pro Treffen").at(DemoPlace.LIMBURG, "Bahnhofsplatz 2", "Montags 15–18 Uhr"));
		all.add(offer(LOTSINNEN_GIESSEN, "Lots*innen-Sprechstunde in Alsfeld")
			.summary("Einmal im Monat kommen die Gießener Lots*innen nach Alsfeld und helfen bei Anträgen.")
			.description("Ohne Anmeldung; bei längeren Anliegen bitte vorher anrufen.")
			.topics("zuwanderung-flucht").groups("neu-zugewanderte", "gefluechtete").languages("de", "ar", "uk")
			.at(DemoPlace.ALSFELD, "Markt 1", "Erster Dienstag im Monat, 10–13 Uhr").confirmedDaysAgo(345));

		// --- Regierungsbezirk Darmstadt ---
		all.add(offer(BERAMI, "Jobcafé für Geflüchtete")
			.summary("Offene Beratung zu Arbeit, Ausbildung und Anerkennung von Abschlüssen.")
			.description("Berater*innen schauen sich Ihre Unterlagen an und zeigen nächste Schritte. Auch "
					+ "Arbeitgeber stellen sich vor.")
			.english("Job café for refugees",
					"Open advice on work, vocational training and the recognition of qualifications.")
			.arabic("مقهى العمل للاجئين", "استشارة مفتوحة حول العمل والتدريب المهني والاعتراف بالشهادات.")
			.topics("arbeit", "zuwanderung-flucht").groups("gefluechtete", "arbeitsuchende")
			.languages("de", "en", "ar", "fa", "tr").at(DemoPlace.FRANKFURT_GALLUS, "Mainzer Landstraße 150",
					"Mittwochs 10–14 Uhr"));
		all.add(offer(BERAMI, "Mentoring für Frauen auf dem Weg in den Beruf")
			.summary("Berufserfahrene Mentorinnen begleiten zugewanderte Frauen ein halbes Jahr lang.")
			.description("Gemeinsam klären Sie Ziele, bereiten Bewerbungen vor und knüpfen Kontakte in Ihrer "
					+ "Branche.")
			.english("Mentoring for women on their way into work",
					"Experienced mentors accompany immigrant women for six months.")
			.topics("arbeit", "gesundheit-familie").groups("frauen", "arbeitsuchende").languages("de", "en", "fa")
			.at(DemoPlace.FRANKFURT_GALLUS, "Mainzer Landstraße 150", "Nach Vereinbarung").period(45, 180)
			.registration("https://example.org/berami/mentoring", 12));
		all.add(offer(BERAMI, "Landesweites Treffen der Migrantenorganisationen")
			.summary("Das jährliche Treffen der Fachstelle: Austausch, Workshops und Neues aus der Förderung.")
			.description("Vereine aus ganz Hessen kommen zusammen. Wer nicht anreisen kann, ist online dabei.")
			.english("Statewide meeting of migrant organisations",
					"The specialist unit's annual meeting: exchange, workshops and news about funding.")
			.topics("teilhabe").groups("migrantenorganisationen", "ehrenamtliche")
			.languages("de", "en").mode(OfferMode.HYBRID)
			.at(DemoPlace.FRANKFURT_INNENSTADT, "Römerberg 1", "10–17 Uhr").period(60, 0)
			.registration("https://example.org/berami/landestreffen", 40));
		all.add(offer(ANNE_FRANK, "Workshop: Rassismus und Antisemitismus erkennen")
			.summary("Ein Tagesworkshop für Schulklassen und Jugendgruppen zu Vorurteilen und Verschwörungserzählungen.")
			.description("Mit Übungen aus der Ausstellung der Bildungsstätte. Termine nach Absprache mit der Gruppe.")
			.english("Workshop: recognising racism and antisemitism",
					"A one-day workshop for school classes and youth groups on prejudice and conspiracy myths.")
			.topics("vielfalt-antidiskriminierung", "religion-kultur-medien").groups("jugendliche", "fachkraefte")
			.languages("de", "en").byAppointment(DemoPlace.FRANKFURT_NORDEND, null));
		all.add(offer(ANNE_FRANK, "Beratung nach rassistischen oder antisemitischen Vorfällen")
			.summary("Vertrauliche Beratung für Betroffene, Angehörige und Zeug*innen.")
			.description("Auf Wunsch anonym, telefonisch oder vor Ort in Frankfurt.")
			.topics("vielfalt-antidiskriminierung").groups("neu-zugewanderte", "jugendliche", "familien-eltern")
			.languages("de", "en").mode(OfferMode.HYBRID).byAppointment(DemoPlace.FRANKFURT_NORDEND, null));
		all.add(offer(JUGENDRING, "Fortbildung für Jugendgruppenleitungen: Vielfalt im Verband")
			.summary("Wie gehören junge Menschen der zweiten und dritten Generation selbstverständlich dazu?")
			.description("Zwei Tage mit Methoden für die Gruppenarbeit und Erfahrungen aus Jugendverbänden.")
			.topics("vielfalt-antidiskriminierung", "teilhabe").groups("jugendliche", "ehrenamtliche", "fachkraefte")
			.languages("de").at(DemoPlace.WIESBADEN, null, "Fr 16 Uhr bis Sa 16 Uhr").period(50, 1)
			.fee("Teilnahme kostenlos, Übernachtung 25 €."));
		all.add(offer(IAF, "Väter im Gespräch")
			.summary("Eine Gesprächsrunde für Väter: über Erziehung, Rollenbilder und den Alltag zwischen zwei "
					+ "Kulturen.")
			.description("Moderiert von einem Vater mit eigener Migrationsgeschichte. Auf Deutsch, bei Bedarf mit "
					+ "Übersetzung ins Türkische und Arabische.")
			.english("Fathers' talk", "A discussion group for fathers about parenting, role models and everyday life "
					+ "between two cultures.")
			.topics("gesundheit-familie").groups("familien-eltern").languages("de", "tr", "ar")
			.at(DemoPlace.FRANKFURT_NORDEND, null, "Jeden ersten Donnerstag im Monat, 19 Uhr"));
		all.add(offer(IAF, "Beratung für binationale Paare und Familien")
			.summary("Beratung zu Aufenthalt, Heirat, Familiennachzug und Zusammenleben.")
			.description("Persönlich, telefonisch oder per Video, in mehreren Sprachen.")
			.topics("gesundheit-familie", "zuwanderung-flucht").groups("familien-eltern")
			.languages("de", "en", "tr", "ar").mode(OfferMode.HYBRID).byAppointment(DemoPlace.FRANKFURT_NORDEND,
					null));
		all.add(offer(DRK, "Schnuppertag im Ehrenamt beim Roten Kreuz")
			.summary("Sanitätsdienst, Kleiderkammer, Blutspende: Ausprobieren, wo Sie mitmachen möchten.")
			.description("Ehrenamtliche mit und ohne Migrationsgeschichte erzählen von ihrer Arbeit.")
			.english("Taster day for volunteering with the Red Cross",
					"First aid service, clothes store, blood donation: try out where you would like to help.")
			.arabic("يوم تعريفي بالعمل التطوعي في الصليب الأحمر",
					"خدمة الإسعاف، ومخزن الملابس، والتبرع بالدم: جرّب المجال الذي تودّ المشاركة فيه.")
			.topics("teilhabe", "vielfalt-antidiskriminierung").groups("ehrenamtliche", "neu-zugewanderte")
			.languages("de", "ar", "uk").at(DemoPlace.WIESBADEN, null, "Samstag 10–15 Uhr").period(30, 0));
		all.add(offer(DRK, "Erste-Hilfe-Kurs auf Arabisch und Ukrainisch")
			.summary("Der Kurs für den Führerschein und für den Alltag, erklärt in Ihrer Sprache.")
			.description("Neun Unterrichtseinheiten an einem Tag; die Bescheinigung gilt für den Führerschein.")
			.topics("gesundheit-familie").groups("neu-zugewanderte", "arbeitsuchende").languages("ar", "uk", "de")
			.fee("50 €; für Menschen mit geringem Einkommen kostenlos.")
			.at(DemoPlace.RUESSELSHEIM, null, "Samstags 8:30–16:30 Uhr").period(15, 90)
			.registration("https://example.org/drk/erste-hilfe", 9));
		all.add(offer(DRK, "Begegnungscafé in Hanau")
			.summary("Treffpunkt für Nachbarinnen und Nachbarn aus aller Welt, mit Kleiderkammer.")
			.description("Jeden Freitag gibt es Kaffee, Gespräche und Beratung durch Ehrenamtliche.")
			.topics("teilhabe").groups("gefluechtete", "seniorinnen").languages("de", "uk", "ru", "ar")
			.at(DemoPlace.HANAU, null, "Freitags 14–17 Uhr"));
		all.add(offer(FRAUENVEREIN_OFFENBACH, "Deutsch- und Computerkurs für Frauen")
			.summary("Ein Deutschkurs, in dem Frauen auch E-Mails schreiben und Online-Termine buchen lernen.")
			.description("Laptops stehen bereit. Erklärungen bei Bedarf auf Türkisch.")
			.topics("sprache-bildung", "arbeit").groups("frauen").languages("de", "tr")
			.fee("25 € für zehn Termine").at(DemoPlace.OFFENBACH, "Frankfurter Straße 60", "Mo und Mi 10–12 Uhr")
			.period(12, 70));
		all.add(offer(FRAUENVEREIN_OFFENBACH, "Rechtsberatung für Frauen auf Türkisch")
			.summary("Eine Anwältin beantwortet Fragen zu Familienrecht, Aufenthalt und Arbeit.")
			.description("Vertraulich und kostenlos; bitte Termin vereinbaren.")
			.topics("gesundheit-familie").groups("frauen").languages("tr", "de")
			.byAppointment(DemoPlace.OFFENBACH, "Frankfurter Straße 60").confirmedDaysAgo(375));
		all.add(offer(ELTERNVEREIN_DARMSTADT, "Elternabende zum Schulsystem auf Farsi und Dari")
			.summary("Wie funktionieren Grundschule, Übergang und Ausbildung in Hessen? Eltern erklären Eltern.")
			.description("Mit Material in Farsi und Dari zum Mitnehmen.")
			.topics("sprache-bildung", "gesundheit-familie").groups("familien-eltern")
			.languages("fa", "prs", "de").at(DemoPlace.DARMSTADT, "Kasinostraße 15", "Einmal im Monat, 18 Uhr"));
		all.add(offer(ELTERNVEREIN_DARMSTADT, "Lernpatenschaften für Schulkinder")
			.summary("Ehrenamtliche Lernpat*innen treffen sich wöchentlich mit einem Kind zum Lernen.")
			.description("Wir suchen auch neue Pat*innen, besonders mit Farsi- oder Paschtu-Kenntnissen.")
			.topics("sprache-bildung").groups("kinder", "ehrenamtliche").languages("de", "fa", "ps")
			.at(DemoPlace.DARMSTADT, "Kasinostraße 15", "Nach Vereinbarung"));
		all.add(offer(LOTSINNEN_ODENWALD, "Lots*innen fahren mit: Begleitung zu Ämtern")
			.summary("Im ländlichen Odenwald begleiten Lots*innen zu Behörden, auch mit dem Auto.")
			.description("Für Menschen aus der Ukraine sprechen zwei Lotsinnen Ukrainisch und Russisch.")
			.topics("zuwanderung-flucht").groups("gefluechtete", "neu-zugewanderte").languages("de", "uk", "ru")
			.byAppointment(DemoPlace.ERBACH, "Hauptstraße 5"));
		all.add(offer(LOTSINNEN_ODENWALD, "Sprach-Café im Odenwald")
			.summary("Deutsch üben in gemütlicher Runde, mit Spielen für die Kinder.")
			.description("Im Bürgerhaus Erbach, jeden zweiten Sonntag.")
			.topics("sprache-bildung", "teilhabe").groups("neu-zugewanderte", "familien-eltern")
			.languages("de", "uk").at(DemoPlace.ERBACH, "Hauptstraße 5", "Jeden zweiten Sonntag, 15–17 Uhr"));
		all.add(offer(VIELFALTSZENTRUM_GIESSEN, "Sprachkurs Deutsch für die Pflege in Friedberg")
			.summary("Ein Sprachkurs für Pflegehelferinnen und Pflegehelfer mit Fachwortschatz und Praxisbesuchen.")
			.description("In Zusammenarbeit mit Pflegeheimen der Wetterau; Abschluss mit einer Prüfung auf B2.")
			.topics("sprache-bildung", "arbeit").groups("arbeitsuchende").languages("de")
			.fee("Kostenübernahme durch die Arbeitsagentur möglich.")
			.at(DemoPlace.FRIEDBERG, "Kaiserstraße 1", "Mo–Fr 8–13 Uhr").period(60, 200));
		all.add(offer(ANNE_FRANK, "Online-Seminar: Vielfalt in der Verwaltung")
			.summary("Für Beschäftigte von Kommunen: wie Ämter offener und diskriminierungssensibler werden.")
			.description("Drei Abende mit Fallbeispielen aus hessischen Kommunen.")
			.topics("vielfalt-antidiskriminierung").groups("kommunen", "fachkraefte").languages("de")
			.mode(OfferMode.ONLINE).period(28, 14));
		all.add(offer(DRK, "Gesundheitslotsinnen an der Bergstraße")
			.summary("Geschulte Ehrenamtliche erklären in ihrer Muttersprache, wie das Gesundheitssystem funktioniert.")
			.description("Infoveranstaltungen in Vereinen und Gemeinden, auf Anfrage auch bei Ihnen.")
			.topics("gesundheit-familie").groups("frauen", "familien-eltern").languages("de", "ar", "tr", "fa")
			.byAppointment(DemoPlace.BENSHEIM, null));

		// --- Regierungsbezirk Kassel ---
		all.add(offer(LOTSENPUNKT_KASSEL, "Lots*innen begleiten zu Ämtern in Kassel")
			.summary("Begleitung zu Jobcenter, Ausländerbehörde und Schule durch geschulte Ehrenamtliche.")
			.description("Die Lots*innen sprechen unter anderem Arabisch, Kurdisch und Tigrinya.")
			.english("Integration guides go with you to offices in Kassel",
					"Trained volunteers accompany you to the job centre, the immigration office and school.")
			.arabic("مرشدو الاندماج يرافقونك إلى الدوائر الرسمية في كاسل",
					"يرافقك متطوعون مدرَّبون إلى مركز العمل ودائرة الأجانب والمدرسة.")
			.topics("zuwanderung-flucht").groups("gefluechtete", "neu-zugewanderte").languages("de", "ar", "ku", "ti")
			.byAppointment(DemoPlace.KASSEL, "Friedrich-Ebert-Straße 40"));
		all.add(offer(LOTSENPUNKT_KASSEL, "Sprach-Café am Königsplatz")
			.summary("Jeden Dienstag Deutsch sprechen, Fragen stellen, Leute kennenlernen.")
			.description("Offen für alle; Lots*innen sind vor Ort und helfen bei Fragen zum Alltag.")
			.topics("sprache-bildung", "teilhabe").groups("neu-zugewanderte").languages("de", "ar", "ku")
			.at(DemoPlace.KASSEL, "Königsplatz 1", "Dienstags 16–18 Uhr"));
		all.add(offer(FAMILIENBILDUNG_NORDHESSEN, "Interkultureller Elternkurs „Stark durch den Alltag“")
			.summary("Sechs Abende für Eltern: Grenzen setzen, Streit schlichten, Kinder stärken.")
			.description("Der Kurs wird auf Deutsch mit Übersetzung ins Arabische und Russische angeboten.")
			.topics("gesundheit-familie").groups("familien-eltern").languages("de", "ar", "ru")
			.fee("30 € für den ganzen Kurs; Ermäßigung möglich.")
			.at(DemoPlace.KASSEL_WEST, "Wilhelmshöher Allee 90", "Mittwochs 19–21 Uhr").period(18, 42)
			.registration("https://example.org/fbw/elternkurs", 7));
		all.add(offer(FAMILIENBILDUNG_NORDHESSEN, "Eltern-Kind-Treff in Korbach")
			.summary("Spielen, singen und einander kennenlernen – für Eltern mit Kindern bis drei Jahre.")
			.description("Informationen zum Treff gibt es auch in Leichter Sprache.")
			.topics("gesundheit-familie", "teilhabe").groups("familien-eltern", "kinder")
			.languages("de", "de-x-ls", "ar").at(DemoPlace.KORBACH, "Professor-Kümmell-Straße 1",
					"Donnerstags 9:30–11 Uhr"));
		all.add(offer(FAMILIENBILDUNG_NORDHESSEN, "Deutschkurs für Eltern in Witzenhausen")
			.summary("Ein Deutschkurs für Mütter und Väter, mit Spielgruppe für die Kinder.")
			.description("Wortschatz rund um Kita, Schule und Arztbesuch.")
			.topics("sprache-bildung").groups("familien-eltern", "frauen").languages("de", "ar", "ru")
			.at(DemoPlace.WITZENHAUSEN, "Am Markt 1", "Mo und Do 9–11 Uhr").period(8, 120));
		all.add(offer(VIELFALTSZENTRUM_KASSEL, "Workshop für die Verwaltung: Vielfaltsstrategie umsetzen")
			.summary("Wie plant eine Stadt Vielfalt in Personal, Beratung und Öffentlichkeitsarbeit?")
			.description("Für Beschäftigte aus Kommunen in Nordhessen. Mit Beispielen aus der Kasseler Strategie.")
			.topics("vielfalt-antidiskriminierung").groups("kommunen", "fachkraefte").languages("de")
			.at(DemoPlace.KASSEL, "Obere Königsstraße 8", "9–16 Uhr").period(42, 0)
			.registration("https://example.org/kassel/vielfalt-workshop", 15));
		all.add(offer(BERAMI, "Vereinsberatung für Migrantenorganisationen in Nordhessen")
			.summary("Sprechstunde der Fachstelle in Kassel: Förderung beantragen, Vorstand organisieren, Mitglieder "
					+ "gewinnen.")
			.description("Termine vor Ort oder per Video.")
			.topics("teilhabe").groups("migrantenorganisationen").languages("de", "tr", "ar").mode(OfferMode.HYBRID)
			.byAppointment(DemoPlace.KASSEL_WEST, "Obere Königsstraße 8"));
		all.add(offer(LAGFA, "Regionales Netzwerktreffen der Lots*innen in Nordhessen")
			.summary("Lots*innen-Projekte aus Nordhessen tauschen Erfahrungen aus und planen gemeinsam.")
			.description("Die Fachstelle WIR-Lots*innen lädt ein. Ihre Farbe im Kompetenzzentrum ist Grün.")
			.topics("teilhabe").groups("ehrenamtliche").languages("de")
			.at(DemoPlace.MELSUNGEN, null, "10–15 Uhr").period(55, 0)
			.registration("https://example.org/lagfa/netzwerktreffen", 30));
		all.add(offer(LAGFA, "Grundschulung für Integrationslots*innen in acht Modulen")
			.summary("Online-Schulung für neue Lots*innen: Rolle, Grenzen, Asyl- und Aufenthaltsrecht, "
					+ "interkulturelle Kommunikation.")
			.description("Acht Abende, die sich an einem Leitfaden der Fachstelle orientieren. Projekte können "
					+ "ihre Ehrenamtlichen gemeinsam anmelden.")
			.english("Basic training for integration guides in eight modules",
					"Online training for new integration guides: role, limits, asylum and residence law, "
							+ "intercultural communication.")
			.topics("zuwanderung-flucht", "teilhabe").groups("ehrenamtliche").languages("de")
			.mode(OfferMode.ONLINE).period(21, 56).registration("https://example.org/lagfa/grundschulung", 20));
		all.add(offer(UKRAINISCHE_GEMEINSCHAFT, "Sprachtreff Ukrainisch–Deutsch in Fulda")
			.summary("Tandems aus Fulda und aus der Ukraine lernen voneinander.")
			.description("Für Anfänger*innen und Fortgeschrittene; auch Kinder sind willkommen.")
			.topics("sprache-bildung", "teilhabe").groups("gefluechtete", "neu-zugewanderte")
			.languages("uk", "de", "ru").at(DemoPlace.FULDA, "Petersberger Straße 20", "Freitags 17–19 Uhr"));
		all.add(offer(UKRAINISCHE_GEMEINSCHAFT, "Hilfe bei Anträgen und Behördenpost")
			.summary("Ehrenamtliche erklären Briefe vom Jobcenter, von der Familienkasse und der Krankenkasse.")
			.description("Bitte alle Unterlagen mitbringen.")
			.topics("zuwanderung-flucht").groups("gefluechtete").languages("uk", "ru", "de")
			.byAppointment(DemoPlace.FULDA, "Petersberger Straße 20"));
		all.add(offer(UKRAINISCHE_GEMEINSCHAFT, "Samstagsschule für Kinder")
			.summary("Ukrainisch lesen und schreiben, Musik und Basteln für Kinder von sechs bis zwölf Jahren.")
			.description("Die Eltern treffen sich währenddessen im Café nebenan.")
			.topics("religion-kultur-medien", "sprache-bildung").groups("kinder").languages("uk")
			.at(DemoPlace.FULDA, "Petersberger Straße 20", "Samstags 10–13 Uhr"));
		all.add(offer(LOTSENPUNKT_KASSEL, "Wohnungssuche: Sprechstunde in Bad Hersfeld")
			.summary("Hilfe beim Lesen von Wohnungsanzeigen, beim Mietvertrag und bei der Suche nach "
					+ "einer Wohnung.")
			.description("In Zusammenarbeit mit dem Mieterverein.")
			.topics("teilhabe").groups("gefluechtete", "neu-zugewanderte").languages("de", "ar", "ti")
			.at(DemoPlace.BAD_HERSFELD, "Linggplatz 11", "Zweiter Montag im Monat, 14–17 Uhr"));
		all.add(offer(VIELFALTSZENTRUM_KASSEL, "Interkulturelles Fußballturnier in Hofgeismar")
			.summary("Teams aus Vereinen, Schulen und Unterkünften spielen gemeinsam – mit Fest für die Familien.")
			.description("Anmeldung als Team oder einzeln; wir stellen gemischte Mannschaften zusammen.")
			.topics("teilhabe").groups("jugendliche", "familien-eltern").languages("de", "ar", "fa", "tr")
			.at(DemoPlace.HOFGEISMAR, "Sportplatz am Gesundbrunnen", "Ab 11 Uhr").period(70, 0));
		return all;
	}

	private static final String BERAMI = "beramí berufliche Integration e. V.";

	private static final String LAGFA = "LAGFA Hessen e. V.";

	private static final String ANNE_FRANK = "Bildungsstätte Anne Frank";

	private static final String JUGENDRING = "Hessischer Jugendring";

	private static final String IAF = "Verband binationaler Familien und Partnerschaften, iaf e. V.";

	private static final String DRK = "DRK-Landesverband Hessen e. V.";

	private static final String LOTSINNEN_GIESSEN = "Integrationslots*innen Gießen";

	private static final String LOTSENPUNKT_KASSEL = "Lotsenpunkt Kassel";

	private static final String LOTSINNEN_ODENWALD = "Lots*innen im Odenwald";

	private static final String KULTURVEREIN_MITTELHESSEN = "Deutsch-Arabischer Kulturverein Mittelhessen e. V.";

	private static final String UKRAINISCHE_GEMEINSCHAFT = "Ukrainische Gemeinschaft Osthessen e. V.";

	private static final String FRAUENVEREIN_OFFENBACH = "Türkisch-Deutscher Frauenverein Offenbach e. V.";

	private static final String ELTERNVEREIN_DARMSTADT = "Afghanisch-Iranischer Elternverein Darmstadt e. V.";

	private static final String VIELFALTSZENTRUM_GIESSEN = "WIR-Vielfaltszentrum Landkreis Gießen";

	private static final String VIELFALTSZENTRUM_KASSEL = "WIR-Vielfaltszentrum Stadt Kassel";

	private static final String SPRACHSCHULE_LAHNBRUECKE = "Sprachschule Lahnbrücke";

	private static final String FAMILIENBILDUNG_NORDHESSEN = "Familienbildungswerk Nordhessen";

	private static final String FRAUENTREFF_LIMBURG = "Interkultureller Frauentreff Limburg e. V.";

	private static DemoOffer offer(String organisation, String germanTitle) {
		return new DemoOffer(organisation, germanTitle);
	}

	/** One demo offer as written down above; turned into {@link OfferDetails} once the database is known. */
	static final class DemoOffer {

		final String organisation;

		private final Map<String, String> title = new HashMap<>();

		private final Map<String, String> summary = new HashMap<>();

		private String description = "";

		private final Set<String> topics = new LinkedHashSet<>();

		private final Set<String> groups = new LinkedHashSet<>();

		private Set<String> languages = Set.of("de");

		OfferMode mode = OfferMode.IN_PERSON;

		private @Nullable String costNote;

		final List<Place> places = new ArrayList<>();

		private @Nullable Integer startsInDays;

		private int lastsDays;

		private @Nullable String registrationUrl;

		private @Nullable Integer freePlaces;

		private @Nullable String contactName;

		private @Nullable String contactEmail;

		private String partners = "";

		private String activities = "";

		private int confirmedDaysAgo = 21;

		private DemoOffer(String organisation, String germanTitle) {
			this.organisation = organisation;
			this.title.put("de", germanTitle);
		}

		String germanTitle() {
			return title.get("de");
		}

		DemoOffer summary(String german) {
			summary.put("de", german);
			return this;
		}

		DemoOffer description(String german) {
			description = german;
			return this;
		}

		DemoOffer english(String title, String summary) {
			this.title.put("en", title);
			this.summary.put("en", summary);
			return this;
		}

		DemoOffer arabic(String title, String summary) {
			this.title.put("ar", title);
			this.summary.put("ar", summary);
			return this;
		}

		DemoOffer topics(String... slugs) {
			topics.addAll(List.of(slugs));
			return this;
		}

		DemoOffer groups(String... slugs) {
			groups.addAll(List.of(slugs));
			return this;
		}

		DemoOffer languages(String... codes) {
			languages = new LinkedHashSet<>(List.of(codes));
			return this;
		}

		DemoOffer mode(OfferMode mode) {
			this.mode = mode;
			return this;
		}

		DemoOffer fee(String note) {
			costNote = note;
			return this;
		}

		DemoOffer at(DemoPlace place, @Nullable String street, String hours) {
			places.add(new Place(place, street, hours, false));
			return this;
		}

		DemoOffer byAppointment(DemoPlace place, @Nullable String street) {
			places.add(new Place(place, street, "", true));
			return this;
		}

		/** Starts in {@code inDays} days and lasts {@code days} more days (0: a single day). */
		DemoOffer period(int inDays, int days) {
			startsInDays = inDays;
			lastsDays = days;
			return this;
		}

		DemoOffer registration(String url, int freePlaces) {
			registrationUrl = url;
			this.freePlaces = freePlaces;
			return this;
		}

		DemoOffer contact(String name, String email) {
			contactName = name;
			contactEmail = email;
			return this;
		}

		DemoOffer partners(String german) {
			partners = german;
			return this;
		}

		DemoOffer activities(String german) {
			activities = german;
			return this;
		}

		DemoOffer confirmedDaysAgo(int days) {
			confirmedDaysAgo = days;
			return this;
		}

		boolean free() {
			return costNote == null;
		}

		Set<String> languages() {
			return languages;
		}

		Set<String> targetGroups() {
			return groups;
		}

		OfferDetails details(OrganisationSummary owner, Map<String, Topic> topicsBySlug,
				Map<String, TargetGroup> groupsBySlug, LocalDate today) {
			var start = startsInDays == null ? null : today.plusDays(startsInDays);
			var end = start == null ? null : start.plusDays(lastsDays);
			return new OfferDetails(LocalizedText.of(title), LocalizedText.of(summary),
					LocalizedText.german(HtmlText.sanitise("<p>" + description + "</p>")), owner.id(), owner.name(),
					Set.copyOf(topics.stream().map(topicsBySlug::get).toList()),
					Set.copyOf(groups.stream().map(groupsBySlug::get).toList()), Set.copyOf(languages), mode,
					costNote == null, costNote == null ? LocalizedText.empty() : LocalizedText.german(costNote),
					places.stream().map(Place::details).toList(), start, end, registrationUrl, freePlaces,
					contactName, contactEmail, null, LocalizedText.german(partners), LocalizedText.german(activities),
					today.minusDays(confirmedDaysAgo), OfferStatus.PUBLISHED);
		}
	}

	record Place(DemoPlace where, @Nullable String street, String hours, boolean byAppointment) {

		PlaceDetails details() {
			return new PlaceDetails(null, street, where.postcode, where.city, where.ags, where.kreisKey(),
					where.latitude, where.longitude,
					hours.isEmpty() ? LocalizedText.empty() : LocalizedText.german(hours), byAppointment, null);
		}
	}
}
