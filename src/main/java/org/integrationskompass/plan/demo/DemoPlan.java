package org.integrationskompass.plan.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.IndicatorDetails;
import org.integrationskompass.plan.domain.IndicatorValues;
import org.integrationskompass.plan.domain.MeasureDetails;
import org.integrationskompass.plan.domain.MeasureRepository;
import org.integrationskompass.plan.domain.MeasureStatus;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures for each of the seven fields of action, some with sub-measures, and fourteen indicators with yearly
 * values. The topics follow the seed documents (the integration contracts' partners, the Lots*innen, the WIR
 * funding lines, "Handel im Wandel"); the figures are invented and every indicator is marked as demo, so the pages
 * label them as demo values. One indicator has no values yet and one sub-measure no indicators, to show
 * "no data yet". Fills only an empty plan.
 */
@Component
@DemoContent
@Order(500)
class DemoPlan implements ApplicationRunner {

	private final FieldOfActionRepository fields;

	private final MeasureRepository measures;

	private final PlanAdministration administration;

	private final IndicatorValues values;

	DemoPlan(FieldOfActionRepository fields, MeasureRepository measures, PlanAdministration administration,
			IndicatorValues values) {
		this.fields = fields;
		this.measures = measures;
		this.administration = administration;
		this.values = values;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (measures.count() > 0) {
			return;
		}
		var language = field("sprache-und-bildung");
		var preschool = measure(language, null, "Sprachförderung vor der Einschulung",
				"Language support before school starts", "Hessisches Kultusministerium", 2020, 2027, MeasureStatus.IN_PROGRESS, 2);
		indicator(preschool, "sprachstand-einschulung",
				text("Kinder mit altersgerechten Deutschkenntnissen bei der Schuleingangsuntersuchung",
						"Children with age-appropriate German at the school entry examination", null),
				"Mehr Kinder beginnen die Schule mit Deutschkenntnissen, die für den Unterricht reichen.", "%",
				Direction.HIGHER_IS_BETTER, "78", 2019, "88", 2027, "Schuleingangsuntersuchungen der Gesundheitsämter",
				"78,5", "77,9", "80,2", "81,6", "82,9");
		var courses = measure(language, preschool, "Vorlaufkurse in Kitas ausbauen", "More pre-school language courses",
				"Kommunen und Kitaträger", 2020, 2024, MeasureStatus.DONE, 1);
		indicator(courses, "vorlaufkurse-kinder", text("Kinder in Vorlaufkursen", "Children in pre-school language courses", null),
				"Jedes Kind mit Förderbedarf bekommt einen Platz im Vorlaufkurs.", "Kinder", Direction.HIGHER_IS_BETTER,
				"14000", 2019, "18000", 2025, "Statistik des Kultusministeriums", "14800", "15900", "16700", "17400", "18250");
		var school = measure(language, null, "Schulabschlüsse sichern", "Securing school leaving certificates",
				"Hessisches Kultusministerium", 2021, 2028, MeasureStatus.IN_PROGRESS, 1);
		indicator(school, "schulabgang-ohne-abschluss",
				text("Schulabgänge ohne Hauptschulabschluss (Jugendliche mit Einwanderungsgeschichte)",
						"School leavers without a certificate (young people with a migration history)", null),
				"Weniger Jugendliche verlassen die Schule ohne Abschluss.", "%", Direction.LOWER_IS_BETTER, "12,4", 2019,
				"8", 2028, "Schulstatistik", "12,1", "11,8", "12,6", "11,2", "10,7");

		var work = field("wirtschaft-und-arbeitsmarkt");
		var recognition = measure(work, null, "Berufsanerkennung beschleunigen", "Faster recognition of qualifications",
				"Anerkennungs- und Qualifizierungsberatung", 2020, 2027, MeasureStatus.IN_PROGRESS, 2);
		indicator(recognition, "anerkennung-dauer",
				text("Dauer eines Anerkennungsverfahrens", "Duration of a recognition procedure", null),
				"Anerkennungsverfahren dauern höchstens zehn Wochen.", "Wochen", Direction.LOWER_IS_BETTER, "16", 2020, "10",
				2027, "Anerkennungsstatistik", "15,5", "14,2", "13,8", "12,9");
		indicator(recognition, "beschaeftigungsquote",
				text("Beschäftigungsquote von Menschen mit ausländischer Staatsangehörigkeit",
						"Employment rate of people with a foreign nationality", null),
				"Die Beschäftigungsquote nähert sich der der Gesamtbevölkerung an.", "%", Direction.HIGHER_IS_BETTER,
				"52,3", 2019, "58", 2028, "Beschäftigungsstatistik der Bundesagentur für Arbeit", "52,9", "54,1", "55", "55,8",
				"56,3");
		var retail = measure(work, null, "Teilzeitausbildung im Handel mit Sprachförderung",
				"Part-time retail training with language support", "Projekt „Handel im Wandel“", 2020, 2023, MeasureStatus.DONE, 1);
		indicator(retail, "handel-abschluss",
				text("Teilnehmende mit bestandener Abschlussprüfung", "Participants who passed the final examination", null),
				"Mindestens drei von vier Teilnehmenden bestehen die Prüfung.", "%", Direction.HIGHER_IS_BETTER, "0", 2020,
				"75", 2023, "Projektbericht", "100");

		var health = field("gesundheit-pflege-familie-gleichberechtigung");
		var care = measure(health, null, "Interkulturelle Öffnung der Pflegeausbildung", "Intercultural opening of care training",
				"Hessisches Ministerium für Soziales", 2022, 2028, MeasureStatus.PLANNED, 1);
		indicator(care, "pflege-auszubildende",
				text("Auszubildende in der Pflege mit Einwanderungsgeschichte", "Care trainees with a migration history", null),
				"Mehr Menschen mit Einwanderungsgeschichte lernen einen Pflegeberuf.", "Personen", Direction.HIGHER_IS_BETTER,
				"2100", 2021, "3000", 2028, "Pflegeausbildungsstatistik", "2240", "2390", "2510");
		var fathers = measure(health, null, "Vorbilder: Männer und Väter mit Einwanderungsgeschichte",
				"Role models: men and fathers with a migration history", "Verband binationaler Familien und Partnerschaften (iaf)",
				2019, 2025, MeasureStatus.IN_PROGRESS, 1);
		indicator(fathers, "vaeter-gespraechsrunden",
				text("Väter in Gesprächsrunden je Jahr", "Fathers taking part in discussion groups per year", null),
				"Väter tauschen sich über ihre Rolle in der Familie aus.", "Väter", Direction.HIGHER_IS_BETTER, "0", 2019, "400",
				2025, "Jahresberichte des Verbands", "60", "110", "190", "260", "330");

		var participation = field("partizipation-sport-wohnen-freizeit");
		var volunteering = measure(participation, null, "Ehrenamt von Zugewanderten sichtbar machen",
				"Making migrants' volunteering visible", "DRK Landesverband Hessen (Selbstverpflichtung)", 2019, 2027,
				MeasureStatus.IN_PROGRESS, 1);
		indicator(volunteering, "ehrenamt-drk",
				text("Ehrenamtliche mit Einwanderungsgeschichte im Roten Kreuz", "Red Cross volunteers with a migration history", null),
				"Das Ehrenamt im Roten Kreuz wird so vielfältig wie die Bevölkerung.", "%", Direction.HIGHER_IS_BETTER, "6,5",
				2019, "12", 2027, "Mitgliederstatistik des Landesverbands", "7,1", "7,9", "8,6", "9,4");
		var guides = measure(participation, null, "Integrationslots*innen stärken", "Strengthening integration guides",
				"Fachstelle WIR-Lots*innen (LAGFA Hessen e. V.)", 2019, 2027, MeasureStatus.IN_PROGRESS, 1);
		indicator(guides, "lotsinnen-projekte", text("Lokale Lots*innen-Projekte", "Local integration guide projects", null),
				"In jedem Kreis gibt es Lots*innen, die Neuzugewanderte begleiten.", "Projekte", Direction.HIGHER_IS_BETTER,
				"70", 2019, "110", 2027, "Förderstatistik Landesprogramm WIR", "74", "81", "88", "95", "101");
		measure(participation, guides, "Landesweite Übersicht der Lots*innen-Strukturen", "Statewide overview of guide structures",
				"Kompetenzzentrum Vielfalt Hessen", 2026, 2027, MeasureStatus.PLANNED, 1);

		var culture = field("religion-kultur-medien");
		var media = measure(culture, null, "Vielfalt in Redaktionen", "Diversity in newsrooms", "Landesmedienanstalt und Sender",
				2025, 2028, MeasureStatus.PLANNED, 1);
		indicator(media, "volontariate-vielfalt",
				text("Volontärinnen und Volontäre mit Einwanderungsgeschichte", "Trainee journalists with a migration history", null),
				"Redaktionen bilden mehr junge Menschen mit Einwanderungsgeschichte aus.", "%", Direction.HIGHER_IS_BETTER, "9",
				2024, "15", 2028, "Erhebung bei den Sendern (geplant)");

		var diversity = field("interkulturelle-oeffnung-diversity-antidiskriminierung");
		var counselling = measure(diversity, null, "Beratung bei Rassismus und Antisemitismus",
				"Counselling on racism and antisemitism", "Bildungsstätte Anne Frank", 2018, 2026, MeasureStatus.IN_PROGRESS, 1);
		indicator(counselling, "beratung-binnen-14-tagen",
				text("Ratsuchende mit Termin innerhalb von 14 Tagen", "People seeking advice with an appointment within 14 days", null),
				"Wer Rassismus oder Antisemitismus erlebt, bekommt schnell Beratung.", "%", Direction.HIGHER_IS_BETTER, "55", 2019,
				"90", 2026, "Dokumentation der Beratungsstelle", "61", "68", "74", "83", "88");
		var strategies = measure(diversity, null, "Kommunale Vielfaltsstrategien", "Municipal diversity strategies",
				"Landesprogramm WIR", 2021, 2028, MeasureStatus.IN_PROGRESS, 1);
		indicator(strategies, "vielfaltsstrategien",
				text("Städte und Gemeinden mit Vielfaltsstrategie", "Towns with a diversity strategy", null),
				"Mittelgroße Städte (10.000 bis 50.000 Einwohner) entwickeln eigene Vielfaltsstrategien.", "Kommunen",
				Direction.HIGHER_IS_BETTER, "12", 2020, "40", 2028, "Förderstatistik Landesprogramm WIR", "15", "19", "24", "28");

		var arrival = field("zuwanderung-und-fluechtlinge");
		var arriving = measure(arrival, null, "Ankommen begleiten", "Accompanying new arrivals", "Kommunen und Regierungspräsidien",
				2020, 2027, MeasureStatus.IN_PROGRESS, 1);
		indicator(arriving, "wartezeit-integrationskurs",
				text("Wartezeit bis zum Beginn eines Integrationskurses", "Waiting time until an integration course starts", null),
				"Neu Zugewanderte beginnen ihren Integrationskurs spätestens nach sechs Wochen.", "Wochen",
				Direction.LOWER_IS_BETTER, "14", 2020, "6", 2027, "Kursträgerstatistik", "13", "15", "12", "10", "9");
		indicator(arriving, "erstberatung-drei-monate",
				text("Neu Zugewanderte mit Erstberatung in den ersten drei Monaten",
						"New arrivals counselled within their first three months", null),
				"Fast alle Neuzugewanderten werden in den ersten drei Monaten beraten.", "%", Direction.HIGHER_IS_BETTER, "48",
				2021, "80", 2027, "Migrationsberatung", "52", "57", "63");
	}

	private UUID field(String slug) {
		return fields.findBySlug(slug).orElseThrow().id();
	}

	private UUID measure(UUID field, @Nullable UUID parent, String german, String english, String responsible, int from,
			int to, MeasureStatus status, int weight) {
		return administration.createMeasure(field, new MeasureDetails(parent, text(german, english, null),
				LocalizedText.empty(), responsible, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), status,
				BigDecimal.valueOf(weight)), true).id();
	}

	/** Values are yearly, at the end of the years after the baseline year. */
	private void indicator(UUID measure, String code, LocalizedText title, String goal, String unit, Direction direction,
			String baseline, int baselineYear, String target, int targetYear, String source, String... yearly) {
		var indicator = administration.createIndicator(code, new IndicatorDetails(measure, title, LocalizedText.german(goal),
				unit(unit), direction, number(baseline), LocalDate.of(baselineYear, 12, 31), number(target),
				LocalDate.of(targetYear, 12, 31), source, BigDecimal.ONE, true));
		for (var i = 0; i < yearly.length; i++) {
			values.record(indicator.id(), LocalDate.of(baselineYear + 1 + i, 12, 31), number(yearly[i]), null);
		}
	}

	private static LocalizedText unit(String german) {
		return switch (german) {
			case "Kinder" -> text(german, "children", "أطفال");
			case "Wochen" -> text(german, "weeks", "أسابيع");
			case "Personen" -> text(german, "people", "أشخاص");
			case "Väter" -> text(german, "fathers", "آباء");
			case "Projekte" -> text(german, "projects", "مشاريع");
			case "Kommunen" -> text(german, "municipalities", "بلديات");
			default -> LocalizedText.german(german);
		};
	}

	private static BigDecimal number(String german) {
		return new BigDecimal(german.replace(',', '.'));
	}
}
