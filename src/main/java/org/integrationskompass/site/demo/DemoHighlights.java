package org.integrationskompass.site.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.time.Clock;
import java.util.List;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.site.domain.Highlight;
import org.integrationskompass.site.domain.HighlightRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty home page with highlights, so a newcomer's first start shows a living portal. Runs only with
 * {@code platform.demo.enabled=true}, never under the {@code prod} profile, and only while there are no highlights,
 * so it never overwrites what editors wrote.
 *
 * <p>The texts summarise public information of the State of Hesse in our own words. Two of them deliberately lack a
 * translation (one has no Arabic, one no English), so the "not yet translated" marker can be seen.
 */
@Component
@DemoContent
@Order(100)
class DemoHighlights implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHighlights.class);

	private final HighlightRepository highlights;

	private final Clock clock;

	DemoHighlights(HighlightRepository highlights, Clock clock) {
		this.highlights = highlights;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (highlights.count() > 0) {
			return;
		}
		var now = clock.instant();
		var demo = List.of(
				new Highlight(10, text(
						"Kompetenzzentrum Vielfalt Hessen",
						"Kompetenzzentrum Vielfalt Hessen (competence centre for diversity)",
						"مركز الكفاءات للتنوع في هسن"),
					text(
						"Seit 2017 berät, schult und vernetzt das Kompetenzzentrum in ganz Hessen Migrantenorganisationen "
								+ "und Projekte mit Integrationslots*innen. Die Arbeit teilen sich zwei Fachstellen, "
								+ "getragen von beramí e. V. und der LAGFA Hessen e. V.",
						"Since 2017 the centre has offered counselling, training and networking all over Hesse to migrant "
								+ "organisations and to projects with integration guides. Two specialist units share the work, "
								+ "run by beramí e. V. and LAGFA Hessen e. V.",
						"منذ عام 2017 يقدّم المركز في جميع أنحاء ولاية هسن الاستشارة والتدريب والتشبيك لمنظمات المهاجرين "
								+ "ولمشاريع مرشدي الاندماج. ويتقاسم العمل مكتبان متخصصان تديرهما جمعيتا beramí "
								+ "و LAGFA Hessen."),
					null, now),
				new Highlight(20, text(
						"Fachstelle Migrantenorganisationen",
						"Specialist unit for migrant organisations",
						null),
					text(
						"Die Fachstelle von beramí e. V. aus Frankfurt begleitet Vereine, die Menschen mit "
								+ "Migrationsgeschichte gegründet haben, auf dem Weg zu mehr Professionalität: mit Trainings "
								+ "zu Vereinsfragen und einem landesweiten Treffen jedes Jahr. Ihre Themen sind orange markiert.",
						"Run by beramí e. V. in Frankfurt, this unit helps associations founded by people with a migration "
								+ "history to work more professionally, with training on running an association and a "
								+ "statewide meeting every year. Its topics are marked in orange.",
						null),
					null, now),
				new Highlight(30, text(
						"Integrationslots*innen und die Fachstelle WIR-Lots*innen",
						null,
						"مرشدو الاندماج ومكتب \u2068WIR-Lots*innen\u2069 المتخصص"),
					text(
						"Lots*innen sind geschulte Ehrenamtliche. Sie begleiten neu Zugewanderte zum Beispiel zu Ämtern, "
								+ "in die Schule oder zur Ärztin. Die Fachstelle der LAGFA Hessen e. V. berät die örtlichen "
								+ "Projekte, bietet eine Grundschulung in acht Modulen an und lädt zu regionalen Treffen ein. "
								+ "Ihre Farbe ist Grün.",
						null,
						"مرشدو الاندماج متطوعون مدرَّبون يرافقون القادمين الجدد مثلًا إلى الدوائر الرسمية أو المدرسة أو "
								+ "الطبيب. ويقدّم المكتب المتخصص التابع لجمعية LAGFA Hessen الاستشارة للمشاريع المحلية، "
								+ "ودورة تأسيسية من ثماني وحدات، ولقاءات إقليمية للتواصل. ولونه المميِّز هو الأخضر."),
					null, now),
				new Highlight(40, text(
						"Landesprogramm WIR",
						"The state programme WIR",
						"برنامج الولاية WIR"),
					text(
						"Mit WIR fördert das Land Integration und Vielfalt vor Ort: Vielfaltszentren der Kreise und Städte, "
								+ "Modellprojekte, Integrationslots*innen, ehrenamtliche Dolmetscher*innen, "
								+ "Migrantenorganisationen und kommunale Vielfaltsstrategien. Anträge für das Folgejahr "
								+ "gehen bis zum 31. Dezember an das Regierungspräsidium Darmstadt.",
						"WIR is how the state funds integration and diversity locally: diversity centres of the districts "
								+ "and cities, model projects, integration guides, volunteer interpreters, migrant "
								+ "organisations and municipal diversity strategies. Applications for the next year go to "
								+ "the Regierungspräsidium Darmstadt by 31 December.",
						"من خلال برنامج WIR تموّل الولاية الاندماج والتنوع على المستوى المحلي: مراكز التنوع في الدوائر "
								+ "والمدن، والمشاريع النموذجية، ومرشدي الاندماج، والمترجمين المتطوعين، ومنظمات المهاجرين، "
								+ "واستراتيجيات التنوع في البلديات. تُقدَّم طلبات السنة التالية حتى 31 ديسمبر إلى "
								+ "رئاسة منطقة دارمشتات."),
					null, now),
				new Highlight(50, text(
						"Vier Integrationsverträge",
						"Four integration contracts",
						"أربعة عقود للاندماج"),
					text(
						"Mit vier Partnern aus der Zivilgesellschaft hat das Land konkrete Vorhaben vereinbart: 2018 mit "
								+ "der Bildungsstätte Anne Frank (Antisemitismus und Rassismus) und dem Hessischen Jugendring "
								+ "(Zugehörigkeit junger Menschen der zweiten und dritten Generation), 2019 mit dem Verband "
								+ "binationaler Familien und Partnerschaften (Rollenbilder von Vätern) und dem DRK-Landesverband "
								+ "(Öffnung des Ehrenamts, als Selbstverpflichtung ohne Landesgeld).",
						"The state has agreed concrete projects with four civil-society partners: in 2018 with the "
								+ "Bildungsstätte Anne Frank (antisemitism and racism) and the Hessischer Jugendring "
								+ "(belonging of young people of the second and third generation), in 2019 with the "
								+ "association of binational families (role models of fathers) and the Red Cross in Hesse "
								+ "(opening up volunteering, a self-commitment without state money).",
						"اتفقت الولاية مع أربعة شركاء من المجتمع المدني على مشاريع محددة: في عام 2018 مع مؤسسة آنا فرانك "
								+ "التعليمية (معاداة السامية والعنصرية) واتحاد الشباب في هسن (انتماء الشباب من الجيلين "
								+ "الثاني والثالث)، وفي عام 2019 مع اتحاد العائلات والشراكات ثنائية الجنسية (الأدوار "
								+ "النمطية للآباء) والصليب الأحمر في هسن (انفتاح العمل التطوعي، بالتزام ذاتي ومن دون "
								+ "تمويل من الولاية)."),
					null, now),
				new Highlight(60, text(
						"Die Integrationskonferenz",
						"The integration conference",
						"مؤتمر الاندماج"),
					text(
						"Seit März 2015 begleitet die Integrationskonferenz das Land bei seinem Integrationsplan. Die "
								+ "Mitgliedsorganisationen kommen etwa zweimal im Jahr zusammen; dazwischen bereiten sieben "
								+ "Arbeitsgruppen die Beiträge vor, von Sprache und Bildung über Arbeit und Gesundheit bis "
								+ "zu Zuwanderung und Flucht.",
						"Since March 2015 the integration conference has accompanied the state's integration plan. Its "
								+ "member organisations meet about twice a year; in between, seven working groups prepare "
								+ "the contributions, from language and education to work, health, immigration and refugees.",
						"منذ مارس 2015 يرافق مؤتمر الاندماج الولاية في إعداد خطة الاندماج. تجتمع المنظمات الأعضاء مرتين "
								+ "في السنة تقريبًا، وبين الاجتماعات تُعدّ سبع مجموعات عمل المساهمات، من اللغة والتعليم "
								+ "إلى العمل والصحة والهجرة واللجوء."),
					null, now));
		highlights.saveAll(demo);
		log.info("Demo content: {} home page highlights created", demo.size());
	}
}
