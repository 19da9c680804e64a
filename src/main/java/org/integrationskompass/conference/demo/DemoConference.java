package org.integrationskompass.conference.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.MemberRepository;
import org.integrationskompass.conference.domain.SessionDetails;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.conference.domain.WorkingGroupRepository;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.plan.MeasureSummary;
import org.integrationskompass.plan.PlanCatalog;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.shared.domain.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seven working groups (under the address parts of the plan's fields of action), members taken from the demo
 * directory where they fit and otherwise named by the kind of body they are, and two past sessions with agenda,
 * short minutes and results linked to demo measures of the plan. Runs after the organisations (200) and the plan
 * (500), whose rows it looks up; fills only an empty conference.
 */
@Component
@DemoContent
@Order(600)
class DemoConference implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConference.class);

	private final ConferenceAdministration administration;

	private final WorkingGroupRepository groups;

	private final MemberRepository members;

	private final ConferenceSessionRepository sessions;

	private final OrganisationDirectory organisations;

	private final PlanCatalog plan;

	DemoConference(ConferenceAdministration administration, WorkingGroupRepository groups, MemberRepository members,
			ConferenceSessionRepository sessions, OrganisationDirectory organisations, PlanCatalog plan) {
		this.administration = administration;
		this.groups = groups;
		this.members = members;
		this.sessions = sessions;
		this.organisations = organisations;
		this.plan = plan;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (groups.count() > 0 || members.count() > 0 || sessions.count() > 0) {
			return;
		}
		var m = new HashMap<String, UUID>();
		for (var name : List.of("beramí berufliche Integration e. V.", "LAGFA Hessen e. V.", "Bildungsstätte Anne Frank",
				"Hessischer Jugendring", "Verband binationaler Familien und Partnerschaften, iaf e. V.",
				"DRK-Landesverband Hessen e. V.", "Deutsch-Arabischer Kulturverein Mittelhessen e. V.",
				"Ukrainische Gemeinschaft Osthessen e. V.", "Türkisch-Deutscher Frauenverein Offenbach e. V.",
				"WIR-Vielfaltszentrum Landkreis Gießen", "WIR-Vielfaltszentrum Stadt Kassel",
				"Familienbildungswerk Nordhessen")) {
			var found = organisations.all().stream().filter(o -> o.name().equals(name)).findFirst();
			administration.addMember(found.map(o -> o.id().value()).orElse(null), name)
				.ifPresent(member -> m.put(name, member.id()));
		}
		for (var name : List.of("Kommunaler Spitzenverband (Städte)", "Kommunaler Spitzenverband (Landkreise)",
				"Industrie- und Handelskammer", "Handwerkskammer", "Gewerkschaftsbund (Bezirk)",
				"Regionaldirektion der Arbeitsagentur", "Evangelische Landeskirche", "Katholisches Bistum",
				"Islamischer Landesverband", "Jüdischer Landesverband", "Landessportbund", "Hochschule für Soziale Arbeit",
				"Landesverband der Ausländerbeiräte", "Liga der Wohlfahrtsverbände")) {
			administration.addMember(null, name).ifPresent(member -> m.put(name, member.id()));
		}

		var language = group("sprache-und-bildung", "Sprache und Bildung", "Language and education", "اللغة والتعليم",
				"Sprachförderung von der Kita bis zum Beruf und faire Bildungschancen für Kinder und Jugendliche mit Einwanderungsgeschichte.",
				"Language support from day care to work and fair chances in education for children and young people with a migration history.",
				m, "Hessischer Jugendring", "Familienbildungswerk Nordhessen", "Hochschule für Soziale Arbeit",
				"Kommunaler Spitzenverband (Städte)", "Türkisch-Deutscher Frauenverein Offenbach e. V.");
		group("wirtschaft-und-arbeitsmarkt", "Wirtschaft und Arbeitsmarkt", "Economy and labour market", "الاقتصاد وسوق العمل",
				"Anerkennung mitgebrachter Abschlüsse, Ausbildung und der Weg in gute Arbeit.",
				"Recognition of qualifications gained abroad, vocational training and the way into good work.", m,
				"beramí berufliche Integration e. V.", "Industrie- und Handelskammer", "Handwerkskammer",
				"Gewerkschaftsbund (Bezirk)", "Regionaldirektion der Arbeitsagentur");
		group("gesundheit-pflege-familie-gleichberechtigung", "Gesundheit, Pflege, Familie und Gleichberechtigung",
				"Health, care, family and equality", "الصحة والرعاية والأسرة والمساواة",
				"Zugang zu Gesundheitsversorgung und Pflege, Unterstützung von Familien und die Gleichberechtigung der Geschlechter.",
				"Access to health services and care, support for families and equality between women and men.", m,
				"Verband binationaler Familien und Partnerschaften, iaf e. V.", "Liga der Wohlfahrtsverbände",
				"Familienbildungswerk Nordhessen");
		group("partizipation-sport-wohnen-freizeit",
				"Gesellschaftliche und politische Partizipation, Sport, Wohnen und Freizeit",
				"Social and political participation, sport, housing and leisure", "المشاركة الاجتماعية والسياسية والرياضة والسكن والترفيه",
				"Mitwirkung in Vereinen, Ehrenamt und Politik, Sport und Freizeit sowie gutes Wohnen in der Nachbarschaft.",
				"Taking part in associations, volunteering and politics, sport and leisure, and good housing in the neighbourhood.",
				m, "LAGFA Hessen e. V.", "DRK-Landesverband Hessen e. V.", "Landessportbund",
				"Landesverband der Ausländerbeiräte", "Ukrainische Gemeinschaft Osthessen e. V.",
				"Kommunaler Spitzenverband (Landkreise)");
		group("religion-kultur-medien", "Religion, Kultur und Medien", "Religion, culture and media", "الدين والثقافة والإعلام",
				"Dialog der Religionen, kulturelle Vielfalt und ein Bild der Einwanderungsgesellschaft in den Medien, das ihr gerecht wird.",
				"Dialogue between religions, cultural diversity and a fair picture of the immigration society in the media.",
				m, "Evangelische Landeskirche", "Katholisches Bistum", "Islamischer Landesverband",
				"Jüdischer Landesverband", "Deutsch-Arabischer Kulturverein Mittelhessen e. V.");
		group("interkulturelle-oeffnung-diversity-antidiskriminierung", "Interkulturelle Öffnung, Diversity, Antidiskriminierung",
				"Intercultural opening, diversity, anti-discrimination", "الانفتاح بين الثقافات والتنوع ومكافحة التمييز",
				"Öffnung von Verwaltung und Einrichtungen, Vielfaltsstrategien und Schutz vor Rassismus und Antisemitismus.",
				"Opening up administrations and institutions, diversity strategies and protection against racism and antisemitism.",
				m, "Bildungsstätte Anne Frank", "WIR-Vielfaltszentrum Stadt Kassel", "Kommunaler Spitzenverband (Städte)");
		group("zuwanderung-und-fluechtlinge", "Zuwanderung und Flüchtlinge", "Immigration and refugees", "الهجرة واللاجئون",
				"Ankommen, Erstorientierung und Begleitung von Neuzugewanderten und Geflüchteten.",
				"Arrival, first orientation and support for newcomers and refugees.", m,
				"WIR-Vielfaltszentrum Landkreis Gießen", "Ukrainische Gemeinschaft Osthessen e. V.",
				"Liga der Wohlfahrtsverbände", "Landesverband der Ausländerbeiräte");

		var measures = plan.findMeasures();
		var plenary = administration.createSession(new SessionDetails(SessionKind.PLENARY, null,
				text("Plenarsitzung im Frühjahr 2026", "Plenary session, spring 2026", "الجلسة العامة، ربيع 2026"),
				at(2026, 5, 20, 10, 0), at(2026, 5, 20, 15, 30), "Wiesbaden, Plenarsaal des Ministeriums",
				List.of(text("Begrüßung und Bericht des Ministeriums", "Welcome and report of the ministry", "الترحيب وتقرير الوزارة"),
						text("Berichte aus den sieben Arbeitsgruppen", "Reports from the seven working groups", "تقارير فرق العمل السبعة"),
						text("Fortschreibung des Integrationsplans", "Updating the integration plan", "تحديث خطة الاندماج"),
						text("Verschiedenes", "Any other business", "ما يستجد من أعمال")),
				text("Das Ministerium gab einen Überblick über den Stand des Integrationsplans und die Zahlen des Monitors. "
						+ "Mehrere Mitglieder wünschten sich, dass die Fortschritte je Handlungsfeld leichter zu erkennen sind.\n\n"
						+ "Die Arbeitsgruppen stellten ihre Vorschläge für die Fortschreibung vor. Besonders ausführlich ging es um "
						+ "die Lots*innen-Projekte: Viele von ihnen kennen einander kaum, eine landesweite Übersicht fehlt bislang.\n\n"
						+ "Das Plenum beschloss, die Vorschläge in den Entwurf des Plans aufzunehmen und im Herbst erneut zu beraten.",
						"The ministry gave an overview of the state of the integration plan and the monitor's figures. Several "
								+ "members asked for progress to be easier to see for each field of action.\n\n"
								+ "The working groups presented their proposals for the update. Much of the discussion was about the "
								+ "integration guide projects: many barely know each other, and a statewide overview is still missing.\n\n"
								+ "The plenary decided to take the proposals into the draft plan and to discuss it again in the autumn.",
						null)));
		result(plenary.id(), measures, "Landesweite Übersicht der Lots*innen-Strukturen",
				"Die Fachstelle WIR-Lots*innen erstellt eine landesweite Übersicht der Lots*innen-Projekte.",
				"The specialist unit for integration guides compiles a statewide overview of the guide projects.");
		result(plenary.id(), measures, "Integrationslots*innen stärken",
				"Die Zahl der Lots*innen-Projekte wird künftig jährlich im Monitor berichtet.",
				"The number of integration guide projects will be reported in the monitor every year.");
		administration.publish(plenary.id(), true);

		var workshop = administration.createSession(new SessionDetails(SessionKind.WORKING_GROUP, language.id(),
				text("Arbeitsgruppe Sprache und Bildung: Sprachförderung vor der Schule",
						"Working group language and education: language support before school", null),
				at(2026, 9, 16, 13, 0), at(2026, 9, 16, 16, 0), "Frankfurt am Main, Tagungsraum eines Mitglieds",
				List.of(text("Stand der Vorlaufkurse in den Kitas", "Pre-school language courses in day care: where we stand", null),
						text("Erfahrungen aus den Kommunen", "Experience from the municipalities", null),
						text("Empfehlungen an das Plenum", "Recommendations to the plenary", null)),
				text("Die Mitglieder tauschten sich darüber aus, wie Kinder mit Förderbedarf früher einen Platz in einem "
						+ "Vorlaufkurs bekommen. Aus den Kommunen kam der Hinweis, dass Eltern die Angebote oft nicht kennen.\n\n"
						+ "Die Arbeitsgruppe empfiehlt, Eltern mehrsprachig zu informieren und die Zahlen der Kurse weiter im "
						+ "Monitor zu zeigen.",
						"The members discussed how children who need support can get a place in a pre-school language course "
								+ "earlier. Municipalities pointed out that parents often do not know about the courses.\n\n"
								+ "The working group recommends informing parents in several languages and keeping the course "
								+ "figures in the monitor.",
						null)));
		result(workshop.id(), measures, "Vorlaufkurse in Kitas ausbauen",
				"Eltern sollen mehrsprachig über die Vorlaufkurse informiert werden.",
				"Parents are to be informed about pre-school language courses in several languages.");
		result(workshop.id(), measures, "Sprachförderung vor der Einschulung",
				"Die Arbeitsgruppe berichtet dem Plenum im Frühjahr über die Erfahrungen der Kommunen.",
				"The working group reports the municipalities' experience to the plenary in spring.");
		administration.publish(workshop.id(), true);
		log.info("Demo content: {} conference members, {} working groups, 2 sessions", m.size(), groups.count());
	}

	private org.integrationskompass.conference.domain.WorkingGroup group(String slug, String german, String english,
			String arabic, String remitDe, String remitEn, Map<String, UUID> members, String... memberNames) {
		var ids = new HashSet<UUID>();
		for (var name : memberNames) {
			var id = members.get(name);
			if (id != null) {
				ids.add(id);
			}
		}
		return administration.createWorkingGroup(slug, text(german, english, arabic), text(remitDe, remitEn, null),
				Set.copyOf(ids));
	}

	private void result(UUID session, List<MeasureSummary> measures, String measureTitle, String german, String english) {
		var measure = measures.stream().filter(s -> s.title().in(LocalizedText.GERMAN).text().equals(measureTitle))
			.findFirst().map(s -> s.id().value()).orElse(null);
		administration.addResult(session, text(german, english, null), measure);
	}

	private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ConferenceAdministration.BERLIN).toInstant();
	}
}
