package org.integrationskompass.news.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import javax.imageio.ImageIO;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsArticleRepository;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.shared.domain.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A handful of news articles and press releases, written in our own words from public information of the State of
 * Hesse (the integration contracts of June 2019, the integration conference of 2015, the competence centre): two
 * with pictures, one whose Arabic body is left out on purpose (so the German fallback and its note can be seen), and
 * one scheduled for next week, which only the back office shows until its time comes. Loaded only into an empty
 * news table.
 */
@Component
@DemoContent
@Order(150)
class DemoNews implements ApplicationRunner {

	private static final String PRESS_OFFICE = "Pressestelle des Ministeriums";

	private static final String EDITORS = "Redaktion Integrationskompass";

	private final NewsArticleRepository articles;

	private final NewsAdministration administration;

	DemoNews(NewsArticleRepository articles, NewsAdministration administration) {
		this.articles = articles;
		this.administration = administration;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (articles.count() > 0) {
			return;
		}
		var now = administration.now();
		var contracts = administration.createDemo(new ArticleDetails(
				text("Zwei weitere Integrationsverträge unterzeichnet", "Two more integration contracts signed",
						"توقيع عقدَي اندماج جديدين"),
				text("Das Deutsche Rote Kreuz in Hessen und der Verband binationaler Familien und Partnerschaften sind neue "
						+ "Vertragspartner des Landes. Damit gibt es vier Integrationsverträge.",
						"The German Red Cross in Hesse and the association of binational families and partnerships are the "
								+ "state's new contract partners, bringing the number of integration contracts to four.",
						"أصبح الصليب الأحمر الألماني في هسن ورابطة الأسر والشراكات ثنائية الجنسية شريكين جديدين للولاية، "
								+ "وبذلك يصل عدد عقود الاندماج إلى أربعة."),
				text("<p>Am 3. Juni 2019 hat der Minister für Soziales und Integration zwei neue Integrationsverträge "
						+ "unterschrieben: mit dem Landesverband Hessen des Deutschen Roten Kreuzes (DRK) und mit dem Verband "
						+ "binationaler Familien und Partnerschaften (iaf).</p>"
						+ "<h2>Das DRK öffnet sein Ehrenamt</h2>"
						+ "<p>Der Vertrag mit dem DRK soll die interkulturelle Öffnung der ehrenamtlichen Arbeit im Verband "
						+ "voranbringen und dauerhafte Strukturen schaffen, in denen Menschen durch ihr Engagement ankommen "
						+ "und mitgestalten. Viele Menschen mit Einwanderungsgeschichte engagieren sich schon heute, oft in "
						+ "Nachbarschaftshilfe, Kinderbetreuung oder im Sportverein – nur sieht man es selten. Dieses "
						+ "Engagement soll sichtbarer werden.</p>"
						+ "<p>Anders als die früheren Verträge ist dieser nicht mit Fördergeld des Landes verbunden: Das DRK "
						+ "verpflichtet sich selbst, seine Freiwilligenstrukturen zu öffnen, und das Land unterstützt es dabei.</p>"
						+ "<h2>Rollenbilder von Männern und Vätern</h2>"
						+ "<p>Im Vertrag mit dem iaf geht es darum, wie Männer und Väter mit Einwanderungsgeschichte in der "
						+ "Gesellschaft gesehen werden und sich selbst sehen.</p>"
						+ "<p>Im Jahr zuvor hatte das Land bereits Verträge mit der Bildungsstätte Anne Frank und dem "
						+ "Hessischen Jugendring geschlossen. Alle vier Verträge stehen auf der Seite der Integrationsverträge.</p>",
						"<p>On 3 June 2019 the Minister for Social Affairs and Integration signed two new integration contracts: "
								+ "with the Hesse branch of the German Red Cross (DRK) and with the association of binational "
								+ "families and partnerships (iaf).</p>"
								+ "<h2>The Red Cross opens its volunteering</h2>"
								+ "<p>The contract with the DRK is to advance the intercultural opening of volunteer work in the "
								+ "organisation and build lasting structures in which people find their place through their "
								+ "engagement. Many people with a migration history already volunteer – in neighbourhood help, "
								+ "childcare or sports clubs – but it is rarely seen. That engagement is to become more visible.</p>"
								+ "<p>Unlike the earlier contracts, this one comes without state funding: the DRK commits itself "
								+ "to opening its volunteer structures, and the state supports it in doing so.</p>"
								+ "<h2>How men and fathers are seen</h2>"
								+ "<p>The contract with the iaf is about how men and fathers with a migration history are seen "
								+ "in society and see themselves.</p>"
								+ "<p>The year before, the state had signed contracts with the Anne Frank educational centre and "
								+ "the Hesse youth council.</p>",
						"<p>في 3 يونيو 2019 وقّع وزير الشؤون الاجتماعية والاندماج عقدَي اندماج جديدين مع فرع هسن للصليب "
								+ "الأحمر الألماني ومع رابطة الأسر والشراكات ثنائية الجنسية.</p>"
								+ "<h2>الصليب الأحمر يفتح العمل التطوعي</h2>"
								+ "<p>يهدف العقد مع الصليب الأحمر إلى دفع الانفتاح بين الثقافات في العمل التطوعي وإبراز مشاركة "
								+ "الأشخاص ذوي الخلفية المهاجرة. ولا يرتبط هذا العقد بتمويل من الولاية، بل هو التزام ذاتي من "
								+ "الصليب الأحمر.</p>"),
				PRESS_OFFICE, ArticleKind.PRESS_RELEASE,
				Set.of(NewsTopic.INTERCULTURAL_OPENING, NewsTopic.PARTICIPATION), berlin(2019, 6, 3, 14, 0), null));
		administration.addImage(contracts.id(), new ImageDetails(
				text("Grafik: vier ineinandergreifende Kreise in Rot, Blau, Grün und Orange",
						"Graphic: four interlocking circles in red, blue, green and orange",
						"رسم: أربع دوائر متداخلة باللون الأحمر والأزرق والأخضر والبرتقالي"),
				false, text("Vier Integrationsverträge verbinden das Land mit seinen Partnern.",
						"Four integration contracts link the state with its partners.",
						"أربعة عقود اندماج تربط الولاية بشركائها."),
				"Demo-Grafik"), "image/png", circles(4, 11));

		administration.createDemo(new ArticleDetails(
				text("Integrationskonferenz nimmt ihre Arbeit auf", "Integration conference starts its work",
						"مؤتمر الاندماج يبدأ عمله"),
				text("Organisationen aus der ganzen hessischen Gesellschaft begleiten die Arbeit am Hessischen "
						+ "Integrationsplan – in zwei Sitzungen im Jahr und sieben Arbeitsgruppen.",
						"Organisations from all parts of Hessian society accompany the work on the Hessian integration "
								+ "plan – in two plenary sessions a year and seven working groups.",
						"تواكب منظمات من كل أطياف المجتمع في هسن العمل على خطة الاندماج، في جلستين عامتين سنوياً وسبع مجموعات عمل."),
				text("<p>Am 19. März 2015 ist die Hessische Integrationskonferenz zum ersten Mal zusammengekommen. Das Land "
						+ "hat Organisationen, Institutionen und Verbände berufen, die gemeinsam die Vielfalt der "
						+ "Bevölkerung abbilden. Sie sollen den Hessischen Integrationsplan mit erarbeiten, den die "
						+ "Landesregierung sich für die Wahlperiode vorgenommen hat.</p>"
						+ "<h2>So arbeitet die Konferenz</h2>"
						+ "<p>Zweimal im Jahr tagt die Konferenz im Plenum. Die Beiträge dafür entstehen in sieben "
						+ "Arbeitsgruppen:</p><ul><li>Sprache und Bildung</li><li>Wirtschaft und Arbeitsmarkt</li>"
						+ "<li>Gesundheit, Pflege, Familie und Gleichberechtigung</li>"
						+ "<li>Teilhabe in Gesellschaft und Politik, Sport, Wohnen und Freizeit</li>"
						+ "<li>Religion, Kultur und Medien</li><li>Interkulturelle Öffnung, Vielfalt und Antidiskriminierung</li>"
						+ "<li>Zuwanderung und Flucht</li></ul>"
						+ "<p>Der Plan soll die vielen Maßnahmen im Land weiterentwickeln und messbare Ziele festlegen – "
						+ "für Projekte des Landes, der Kommunen und der Zivilgesellschaft.</p>",
						"<p>On 19 March 2015 the Hessian integration conference met for the first time. The state appointed "
								+ "organisations, institutions and associations that together reflect the diversity of the "
								+ "population. They are to help draw up the Hessian integration plan.</p>"
								+ "<h2>How the conference works</h2>"
								+ "<p>The conference meets in plenary twice a year. Its contributions are prepared in seven "
								+ "working groups, from language and education to immigration and refugees.</p>"
								+ "<p>The plan is to develop the many measures in the state further and set measurable goals.</p>",
						null),
				EDITORS, ArticleKind.NEWS, Set.of(NewsTopic.values()), berlin(2015, 3, 20, 10, 0), null));

		administration.createDemo(new ArticleDetails(
				text("Erste Ergebnisse der Arbeitsgruppen vorgestellt", "First results of the working groups presented",
						"عرض النتائج الأولى لمجموعات العمل"),
				text("In ihrer zweiten Sitzung hat die Integrationskonferenz erste Vorschläge ihrer sieben Arbeitsgruppen "
						+ "für den Integrationsplan beraten.",
						"At its second session the integration conference discussed the first proposals of its seven "
								+ "working groups for the integration plan.",
						"ناقش مؤتمر الاندماج في جلسته الثانية المقترحات الأولى لمجموعات العمل السبع لخطة الاندماج."),
				text("<p>Am 19. November 2015 hat die Hessische Integrationskonferenz zum zweiten Mal getagt. Die "
						+ "Arbeitsgruppen haben ihre ersten Ergebnisse vorgestellt. Sie fließen in den Integrationsplan ein, "
						+ "der beschreiben soll, was Land, Kommunen und Zivilgesellschaft gemeinsam tun – nach dem "
						+ "Grundsatz, dass Integration alle angeht.</p>",
						"<p>On 19 November 2015 the Hessian integration conference met for the second time. The working "
								+ "groups presented their first results, which go into the integration plan.</p>",
						"<p>في 19 نوفمبر 2015 انعقد مؤتمر الاندماج للمرة الثانية، وعرضت مجموعات العمل نتائجها الأولى.</p>"),
				EDITORS, ArticleKind.NEWS, Set.of(NewsTopic.LANGUAGE_EDUCATION, NewsTopic.ECONOMY_LABOUR),
				berlin(2015, 11, 20, 9, 30), null));

		var centre = administration.createDemo(new ArticleDetails(
				text("Beratung für Vereine und Lots*innen-Projekte", "Advice for associations and integration guide projects",
						"استشارات للجمعيات ومشاريع مرشدي الاندماج"),
				text("Das Kompetenzzentrum Vielfalt berät Migrantenorganisationen und Projekte, in denen Ehrenamtliche "
						+ "neu Zugewanderte begleiten – kostenlos und in ganz Hessen.",
						"The competence centre for diversity advises migrant organisations and projects in which volunteers "
								+ "accompany newcomers – free of charge, all over Hesse.",
						"يقدم مركز الكفاءات للتنوع الاستشارة لمنظمات المهاجرين ولمشاريع يرافق فيها متطوعون القادمين الجدد، مجاناً وفي كل هسن."),
				text("<p>Wer einen Verein von Menschen mit Einwanderungsgeschichte führt oder ein Lots*innen-Projekt "
						+ "aufbaut, findet beim Kompetenzzentrum Vielfalt Hessen Beratung, Fortbildungen und Kontakte zu "
						+ "anderen Projekten. Zwei Fachstellen teilen sich die Arbeit: eine für Migrantenorganisationen und "
						+ "eine für die WIR-Lots*innen.</p><p>Die Termine der nächsten Fortbildungen stehen im "
						+ "Veranstaltungskalender.</p>",
						"<p>Anyone who runs an association of people with a migration history or sets up an integration guide "
								+ "project finds advice, training and contacts at the competence centre. Two specialist units "
								+ "share the work: one for migrant organisations and one for the WIR integration guides.</p>"
								+ "<p>The next trainings are in the event calendar.</p>",
						"<p>يجد من يدير جمعية لأشخاص ذوي خلفية مهاجرة أو يؤسس مشروعاً لمرشدي الاندماج لدى المركز استشارات "
								+ "ودورات تدريبية وتواصلاً مع مشاريع أخرى.</p>"),
				EDITORS, ArticleKind.NEWS, Set.of(NewsTopic.PARTICIPATION, NewsTopic.INTERCULTURAL_OPENING),
				now.minus(Duration.ofDays(3)), null));
		administration.addImage(centre.id(), new ImageDetails(LocalizedText.empty(), true, LocalizedText.empty(), ""),
				"image/png", circles(7, 23));

		administration.createDemo(new ArticleDetails(
				text("Vorschau: Jahresrückblick der Integrationsverträge", "Preview: the integration contracts' year in review",
						"معاينة: حصاد عام عقود الاندماج"),
				text("Was die Partner der Integrationsverträge im vergangenen Jahr erreicht haben.",
						"What the partners of the integration contracts achieved last year.",
						"ما حققه شركاء عقود الاندماج في العام الماضي."),
				text("<p>Dieser Beitrag ist für die nächste Woche geplant und erscheint erst dann auf der Website.</p>",
						"<p>This article is scheduled for next week and appears on the website only then.</p>", null),
				EDITORS, ArticleKind.NEWS, Set.of(NewsTopic.INTERCULTURAL_OPENING), now.plus(Duration.ofDays(7)), null));
	}

	private static java.time.Instant berlin(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(PublicNews.OFFICE_ZONE).toInstant();
	}

	private static byte[] circles(int count, int seed) {
		var colours = new Color[] { new Color(0xc0392b), new Color(0x1f5aa6), new Color(0x1e7a34), new Color(0xb34700) };
		var image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(new Color(0xf3f5f8));
		graphics.fillRect(0, 0, 1280, 720);
		var random = new java.util.Random(seed);
		for (var i = 0; i < count; i++) {
			var colour = colours[i % colours.length];
			graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 150));
			var size = 260 + random.nextInt(80);
			graphics.fillOval(160 + i * (900 / count), 200 + random.nextInt(120), size, size);
		}
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
