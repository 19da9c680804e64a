package org.integrationskompass.contracts.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.time.LocalDate;
import java.util.List;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractDetails;
import org.integrationskompass.contracts.domain.ContractPartner;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.Funding;
import org.integrationskompass.contracts.domain.MeasureDetails;
import org.integrationskompass.contracts.domain.MeasureProgress;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.events.EventCalendar;
import org.integrationskompass.organisations.OrganisationDirectory;
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
 * The four integration contracts Hessen concluded (2018 with the Bildungsstätte Anne Frank and the Hessischer
 * Jugendring, 2019 with the iaf and the DRK-Landesverband): partners, topics, signing dates and kind of funding as
 * published, in our own words. No amounts are given, because none were published. The measures, their status and
 * progress are invented examples, and the pages say so (the contracts are marked as demo). Partners are linked to
 * the demo directory when it has them. Fills only an empty contracts table.
 */
@Component
@DemoContent
@Order(500)
class DemoContracts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);

	private final ContractRepository contracts;

	private final ContractAdministration administration;

	private final OrganisationDirectory organisations;

	private final EventCalendar calendar;

	DemoContracts(ContractRepository contracts, ContractAdministration administration,
			OrganisationDirectory organisations, EventCalendar calendar) {
		this.contracts = contracts;
		this.administration = administration;
		this.organisations = organisations;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (contracts.count() > 0) {
			return;
		}
		var specs = specs();
		specs.forEach(this::save);
		log.info("Demo content: {} integration contracts created", specs.size());
	}

	private void save(Spec spec) {
		var events = spec.eventSlugs().stream().filter(slug -> calendar.findBySlug(slug).isPresent()).toList();
		var details = new ContractDetails(spec.title(), spec.topic(), spec.summary(), LocalizedText.empty(),
				List.of(partner(spec.partner())), spec.signedOn(), null, null, null, null, spec.funding(), events, List.of());
		var contract = administration.create(details);
		contract.markAsDemo();
		spec.measures().forEach(measure -> administration.addMeasure(contract.id(), measure));
		administration.publish(contract.id());
	}

	/** The organisation of the directory with this name, or the name alone when the directory lacks it. */
	private ContractPartner partner(String name) {
		return organisations.all().stream().filter(summary -> summary.name().equals(name)).findFirst()
			.map(summary -> new ContractPartner(summary.id().value(), summary.name()))
			.orElseGet(() -> new ContractPartner(null, name));
	}

	static List<Spec> specs() {
		return List.of(
				new Spec("Bildungsstätte Anne Frank", LocalDate.of(2018, 5, 9), Funding.stateFunded(null),
						text("Integrationsvertrag mit der Bildungsstätte Anne Frank",
								"Integration contract with the Bildungsstätte Anne Frank",
								"عقد الاندماج مع مركز آنه فرانك التعليمي"),
						text("Antisemitismus und Rassismus in der Migrationsgesellschaft",
								"Antisemitism and racism in the migration society",
								"معاداة السامية والعنصرية في مجتمع الهجرة"),
						text("Junge Menschen und Erwachsene sollen durch Bildung und Beratung lernen, Antisemitismus und "
								+ "Rassismus zu erkennen, damit Minderheiten – gerade Jüdinnen und Juden in Hessen – nicht "
								+ "ausgegrenzt werden. Später ist daraus ein hessisches Kompetenzzentrum zu Rassismus und "
								+ "Antisemitismus in der Migrationsgesellschaft entstanden.",
								"Through education and counselling, young people and adults learn to recognise antisemitism "
										+ "and racism, so that minorities – Jewish people in Hesse in particular – are not "
										+ "excluded. It later grew into a Hessian competence centre on racism and antisemitism "
										+ "in the migration society.",
								null),
						List.of(measure("Bildungsangebote zu Antisemitismus und Rassismus für Jugendliche und Erwachsene",
								"Educational programmes on antisemitism and racism for young people and adults",
								MeasureStatus.IN_PROGRESS, 70),
								measure("Beratung für Menschen, die Antisemitismus oder Rassismus erleben",
										"Counselling for people who experience antisemitism or racism",
										MeasureStatus.IN_PROGRESS, 60),
								measure("Aufbau eines Kompetenzzentrums zu Rassismus und Antisemitismus",
										"Setting up a competence centre on racism and antisemitism", MeasureStatus.DONE, 100),
								measure("Begegnungen zwischen jüdischen und muslimischen Menschen ermöglichen",
										"Making encounters between Jewish and Muslim people possible",
										MeasureStatus.IN_PROGRESS, 40)),
						List.of("online-podium-rassismus-im-alltag", "online-gespraech-streitkultur",
								"abschluss-projekt-globale-konflikte")),
				new Spec("Hessischer Jugendring", LocalDate.of(2018, 5, 9), Funding.stateFunded(null),
						text("Integrationsvertrag mit dem Hessischen Jugendring",
								"Integration contract with the Hessischer Jugendring",
								"عقد الاندماج مع اتحاد الشباب في هسن"),
						text("Identität und Zugehörigkeit junger Zugewanderter der zweiten und dritten Generation",
								"Identity and belonging of young people of the second and third generation of immigrants",
								"الهوية والانتماء لدى الشباب من الجيلين الثاني والثالث من المهاجرين"),
						text("Wer in Hessen aufgewachsen ist, hört trotzdem oft die Frage, woher er oder sie „eigentlich“ "
								+ "kommt. Der Vertrag stellt die Erfahrungen dieser jungen Menschen in den Mittelpunkt der "
								+ "Jugendarbeit; dafür entstand eine Landesfachstelle „Integration in der Jugendarbeit“.",
								"Young people who grew up in Hesse are still often asked where they are “really” from. The "
										+ "contract puts their experience at the centre of youth work; a state office "
										+ "“Integration in der Jugendarbeit” (integration in youth work) was set up for it.",
								null),
						List.of(measure("Landesfachstelle „Integration in der Jugendarbeit“ aufbauen",
								"Setting up the state office “Integration in der Jugendarbeit”", MeasureStatus.DONE, 100),
								measure("Junge Menschen berichten über Herkunft, Heimat und Zugehörigkeit",
										"Young people talk about origin, home and belonging", MeasureStatus.IN_PROGRESS, 50),
								measure("Jugendverbände bei ihrer interkulturellen Öffnung beraten",
										"Advising youth associations on their intercultural opening", MeasureStatus.PLANNED, 0)),
						List.of()),
				new Spec("Verband binationaler Familien und Partnerschaften, iaf e. V.", LocalDate.of(2019, 6, 3),
						Funding.stateFunded(null),
						text("Integrationsvertrag mit dem Verband binationaler Familien und Partnerschaften",
								"Integration contract with the Association of Binational Families and Partnerships",
								"عقد الاندماج مع اتحاد العائلات والشراكات ثنائية الجنسية"),
						text("Rollenbilder von Männern und Vätern mit Migrationsgeschichte differenzieren",
								"A more differentiated view of men and fathers with a migration history",
								"نظرة أكثر تمايزًا إلى الرجال والآباء من ذوي تاريخ الهجرة"),
						text("Über Männer und Väter mit Migrationsgeschichte wird oft in Klischees gesprochen. Der Vertrag "
								+ "will zeigen, wie vielfältig sie ihre Rollen in Familie und Gesellschaft leben.",
								"Men and fathers with a migration history are often talked about in clichés. The contract "
										+ "wants to show how differently they live their roles in family and society.",
								null),
						List.of(measure("Gesprächsgruppen für Väter mit Migrationsgeschichte",
								"Discussion groups for fathers with a migration history", MeasureStatus.IN_PROGRESS, 50),
								measure("Dialogabende mit Vorbildern aus der Nachbarschaft",
										"Dialogue evenings with role models from the neighbourhood",
										MeasureStatus.IN_PROGRESS, 30),
								measure("Arbeitshilfe für Fachkräfte der Familienbildung",
										"A guide for family education professionals", MeasureStatus.PLANNED, 0)),
						List.of()),
				new Spec("DRK-Landesverband Hessen e. V.", LocalDate.of(2019, 6, 3), Funding.selfCommitment(),
						text("Integrationsvertrag mit dem DRK-Landesverband Hessen",
								"Integration contract with the Red Cross of Hesse (DRK-Landesverband Hessen)",
								"عقد الاندماج مع الصليب الأحمر الألماني – فرع ولاية هسن"),
						text("Interkulturelle Öffnung des Ehrenamts im Deutschen Roten Kreuz",
								"Intercultural opening of volunteering in the German Red Cross",
								"الانفتاح بين الثقافات في العمل التطوعي لدى الصليب الأحمر الألماني"),
						text("Der Landesverband verpflichtet sich selbst – ohne Fördergeld des Landes –, seine "
								+ "Freiwilligenarbeit für alle zu öffnen, dauerhafte Strukturen für Integration im und durch "
								+ "das Ehrenamt zu schaffen und das Engagement von Menschen mit Migrationsgeschichte, das "
								+ "oft in Nachbarschaft, Kinderbetreuung oder Sport stattfindet, sichtbarer zu machen.",
								"The regional association commits itself – without state funding – to open its volunteering "
										+ "to everyone, to build lasting structures for integration in and through volunteering, "
										+ "and to make more visible the engagement of people with a migration history, which "
										+ "often happens in neighbourhoods, childcare or sport.",
								null),
						List.of(measure("Eine Integrationskultur im Ehrenamt der DRK-Gliederungen verankern",
								"Anchoring a culture of integration in volunteering across the Red Cross branches",
								MeasureStatus.IN_PROGRESS, 40),
								measure("Engagement von Menschen mit Migrationsgeschichte sichtbar machen",
										"Making the engagement of people with a migration history visible",
										MeasureStatus.IN_PROGRESS, 60),
								measure("Neu Zugewanderte für ein Ehrenamt gewinnen und begleiten",
										"Winning and accompanying newcomers as volunteers", MeasureStatus.PLANNED, 0)),
						List.of()));
	}

	private static MeasureDetails measure(String german, String english, MeasureStatus status, int progress) {
		return new MeasureDetails(text(german, english, null), LocalizedText.empty(), new MeasureProgress(status, progress));
	}

	record Spec(String partner, LocalDate signedOn, Funding funding, LocalizedText title, LocalizedText topic,
			LocalizedText summary, List<MeasureDetails> measures, List<String> eventSlugs) {
	}
}
