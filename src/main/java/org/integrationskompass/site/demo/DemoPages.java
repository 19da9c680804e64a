package org.integrationskompass.site.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.site.domain.MenuPlacement;
import org.integrationskompass.site.domain.PageAdministration;
import org.integrationskompass.site.domain.PageContent;
import org.integrationskompass.site.domain.PageStructure;
import org.integrationskompass.site.domain.SitePageRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A small published page tree about the Kompetenzzentrum Vielfalt, the Lots*innen programme and the state's
 * integration policy, placed in the menu, written in our own words from public information of the State of Hesse.
 * Loaded only into an empty page table. The Arabic text of one page is left out on purpose, so the German fallback
 * with its note can be seen.
 */
@Component
@DemoContent
@Order(110)
class DemoPages implements ApplicationRunner {

	private static final String EDITOR = "Demo-Redaktion";

	private final SitePageRepository pages;

	private final PageAdministration administration;

	DemoPages(SitePageRepository pages, PageAdministration administration) {
		this.pages = pages;
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (pages.count() > 0) {
			return;
		}
		var centre = page(null, "kompetenzzentrum", 10, MenuPlacement.MAIN, 10, content(
				"Kompetenzzentrum Vielfalt", "Competence Centre for Diversity", "مركز الكفاءات للتنوع",
				"Beratung, Fortbildung und Vernetzung für Migrantenorganisationen und Lots*innen-Projekte in ganz Hessen.",
				"Counselling, training and networking for migrant organisations and integration guide projects all over Hesse.",
				"استشارات وتدريب وتشبيك لمنظمات المهاجرين ومشاريع مرشدي الاندماج في كل هسن.",
				"<p>Seit 2017 unterstützt das Kompetenzzentrum Vielfalt Hessen Vereine von Menschen mit Einwanderungsgeschichte "
						+ "und Projekte, in denen Ehrenamtliche neu Zugewanderte begleiten.</p><h2>Zwei Fachstellen</h2>"
						+ "<ul><li>Die Fachstelle Migrantenorganisationen (Träger: beramí e.&nbsp;V., Frankfurt)</li>"
						+ "<li>Die Fachstelle WIR-Lots*innen (Träger: LAGFA Hessen e.&nbsp;V.)</li></ul>"
						+ "<p>Themen, die beide betreffen, bearbeiten sie gemeinsam.</p>",
				"<p>Since 2017 the competence centre has supported associations of people with a migration history and "
						+ "projects in which volunteers accompany newcomers.</p><h2>Two specialist units</h2>"
						+ "<ul><li>Migrant organisations (run by beramí e.&nbsp;V., Frankfurt)</li>"
						+ "<li>WIR integration guides (run by LAGFA Hessen e.&nbsp;V.)</li></ul>",
				"<p>منذ عام 2017 يدعم المركز جمعيات الأشخاص ذوي الخلفية المهاجرة والمشاريع التي يرافق فيها متطوعون القادمين الجدد.</p>"));
		page(centre, "migrantenorganisationen", 10, MenuPlacement.NONE, 0, content(
				"Fachstelle Migrantenorganisationen", "Unit for migrant organisations", "وحدة منظمات المهاجرين",
				"Hilft Vereinen beim Aufbau, bei Förderanträgen und beim Knüpfen von Kontakten.",
				"Helps associations to grow, to apply for funding and to find partners.", null,
				"<p>Die Fachstelle berät Migrantenorganisationen zu Vereinsarbeit und Fördermitteln, bietet Schulungen an und "
						+ "lädt jedes Jahr zu einem landesweiten Treffen ein – 2019 kamen rund 60 Menschen aus 43 Vereinen.</p>",
				"<p>The unit advises migrant organisations on running an association and on funding, offers training and "
						+ "invites them to a statewide meeting every year – about 60 people from 43 associations came in 2019.</p>",
				null));
		page(centre, "lotsinnen", 20, MenuPlacement.NONE, 0, content(
				"Fachstelle WIR-Lots*innen", "Unit for integration guides", "وحدة مرشدي الاندماج",
				"Qualifiziert und vernetzt die ehrenamtlichen Integrationslots*innen und ihre Projekte.",
				"Trains and connects volunteer integration guides and their projects.",
				"تأهيل مرشدي الاندماج المتطوعين ومشاريعهم وربطهم ببعضهم.",
				"<p>Integrationslots*innen sind geschulte Ehrenamtliche. Sie begleiten Neuankommende zu Ämtern, in die Schule "
						+ "oder zum Arztbesuch.</p><h2>Was die Fachstelle bietet</h2><ul><li>einen Leitfaden für die "
						+ "Grundqualifizierung in acht Modulen</li><li>regionale Netzwerktreffen</li><li>Beratung der Projektträger</li></ul>"
						+ "<p>Beim ersten Netzwerktreffen wünschten sich die Projekte vor allem einen Überblick, wo es in Hessen "
						+ "schon Lots*innen gibt.</p>",
				"<p>Integration guides are trained volunteers who go with newcomers to public offices, to school or to the "
						+ "doctor.</p><h2>What the unit offers</h2><ul><li>a basic training guide in eight modules</li>"
						+ "<li>regional network meetings</li><li>advice for the projects</li></ul>",
				"<p>مرشدو الاندماج متطوعون مدرَّبون يرافقون القادمين الجدد إلى الدوائر الرسمية والمدرسة والطبيب.</p>"));
		var policy = page(null, "integrationspolitik", 20, MenuPlacement.MAIN, 20, content(
				"Integrationspolitik", "Integration policy", "سياسة الاندماج",
				"Wie das Land Integration plant, fördert und gemeinsam mit der Zivilgesellschaft gestaltet.",
				"How the state plans and funds integration together with civil society.",
				"كيف تخطط الولاية للاندماج وتموّله بالتعاون مع المجتمع المدني.",
				"<p>Das Land arbeitet mit einem Integrationsplan mit messbaren Zielen, schließt Integrationsverträge mit Partnern "
						+ "aus der Zivilgesellschaft und berät sich in der Integrationskonferenz mit über 80 Organisationen.</p>",
				"<p>The state works with an integration plan with measurable goals, signs integration contracts with civil-society "
						+ "partners and consults more than 80 organisations in the integration conference.</p>",
				"<p>تعمل الولاية بخطة اندماج ذات أهداف قابلة للقياس وتبرم عقود اندماج مع شركاء من المجتمع المدني.</p>"));
		page(policy, "landesprogramm-wir", 10, MenuPlacement.NONE, 0, content(
				"Landesprogramm WIR", "The WIR funding programme", "برنامج الولاية WIR",
				"Die Förderlinien des Landesprogramms und wie man einen Antrag stellt.",
				"The programme's funding lines and how to apply.", "خطوط التمويل في البرنامج وكيفية التقديم.",
				"<p>Mit dem Landesprogramm WIR fördert das Land Integration vor Ort; das Budget wuchs von 3,1 Millionen Euro "
						+ "(2014) auf über 11 Millionen Euro (2022).</p><h2>Förderlinien</h2><ul><li>WIR-Vielfaltszentren in "
						+ "Kreisen und Städten</li><li>innovative Modellprojekte</li><li>Integrationslots*innen</li>"
						+ "<li>ehrenamtliche Dolmetscher*innen</li><li>Migrantenorganisationen</li><li>kommunale Vielfaltsstrategien</li></ul>"
						+ "<h2>Antrag</h2><p>Anträge für das Folgejahr werden bis zum 31. Dezember online beim Regierungspräsidium "
						+ "Darmstadt gestellt.</p>",
				"<p>With the WIR programme the state funds local integration work; its budget grew from 3.1 million euros (2014) "
						+ "to more than 11 million euros (2022).</p><h2>Applying</h2><p>Applications for the following year go "
						+ "online to the Regierungspräsidium Darmstadt by 31 December.</p>",
				null));
		page(null, "ueber-das-portal", 90, MenuPlacement.FOOTER, 10, content(
				"Über dieses Portal", "About this portal", "عن هذه البوابة",
				"Wer den Integrationskompass betreibt und wozu.", "Who runs the Integrationskompass and why.",
				"من يدير بوصلة الاندماج ولماذا.",
				"<p>Der Integrationskompass bündelt Angebote, Veranstaltungen und Informationen zur Integration in Hessen. "
						+ "Anbieter halten ihre Angaben selbst aktuell – denn veraltete Einträge helfen niemandem.</p>",
				"<p>The Integrationskompass brings together offers, events and information on integration in Hesse. Providers "
						+ "keep their own entries up to date – outdated entries help nobody.</p>",
				"<p>تجمع بوصلة الاندماج العروض والفعاليات والمعلومات حول الاندماج في هسن.</p>"));
	}

	private java.util.UUID page(java.util.@Nullable UUID parent, String slug, int position, MenuPlacement menu,
			int menuOrder, PageContent content) {
		var page = administration.create(new PageStructure(parent, slug, position, menu, menuOrder), content, EDITOR,
				"Demo-Inhalt");
		administration.publish(page.id());
		return page.id();
	}

	private static PageContent content(String titleDe, String titleEn, String titleAr, String summaryDe,
			@Nullable String summaryEn, @Nullable String summaryAr, String bodyDe, @Nullable String bodyEn,
			@Nullable String bodyAr) {
		return new PageContent(text(titleDe, titleEn, titleAr), text(summaryDe, summaryEn, summaryAr),
				text(bodyDe, bodyEn, bodyAr));
	}
}
