package org.integrationskompass.events.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventImage;
import org.integrationskompass.events.domain.EventImageRepository;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.Venue;
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
 * Events of the kinds the Kompetenzzentrum Vielfalt Hessen holds (conferences, online talks and podiums,
 * trainings for Lots*innen, networking meetings, information sessions), past and upcoming, dated relative to the
 * first start. Texts in our own words; marked as demo. Fills only an empty events table.
 */
@Component
@DemoContent
@Order(400)
class DemoEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final EventRepository events;

	private final EventImageRepository images;

	private final Clock clock;

	DemoEvents(EventRepository events, EventImageRepository images, Clock clock) {
		this.events = events;
		this.images = images;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (events.count() > 0) {
			return;
		}
		var specs = List.of(new Spec("vernetzungskonferenz-migrantenorganisationen", EventType.CONFERENCE,
				EventCategory.MIGRANT_ORGANISATIONS, 40, LocalTime.of(10, 0), Duration.ofHours(7), 150, 2,
				new Venue("Saalbau Gallus", "Frankenallee 111", "60326", "Frankfurt am Main", "06412", 50.1027, 8.6404),
				false,
				text("Landesweite Vernetzungskonferenz der Migrantenorganisationen",
						"Statewide networking conference of migrant organisations", "مؤتمر التشبيك لمنظمات المهاجرين في ولاية هسن"),
				text("Ein Tag für Vereine aus ganz Hessen: Austausch, Workshops und eine Keynote zu Zugehörigkeit und Teilhabe.",
						"A day for associations from all over Hesse: exchange, workshops and a keynote on belonging and participation.",
						"يوم للجمعيات من جميع أنحاء هسن: تبادل وورش عمل ومحاضرة رئيسية عن الانتماء والمشاركة.")),
				new Spec("online-podium-rassismus-im-alltag", EventType.PODIUM, EventCategory.SHARED, 10,
				LocalTime.of(18, 0), Duration.ofMinutes(90), 300, 1, Venue.none(), true,
				text("Online-Podium: Rassismus im Alltag erkennen und benennen",
						"Online panel: recognising and naming everyday racism", null),
				text("Wie fühlen sich kleine, ständige Zurücksetzungen an, und was hilft dagegen? Gäste aus Vereinen und "
						+ "Wissenschaft diskutieren; Fragen aus dem Chat sind willkommen.",
						"What do small, constant slights feel like, and what helps against them? Guests from associations "
								+ "and research discuss; questions from the chat are welcome.",
						null)),
				new Spec("schulung-lotsinnen-behoerdengaenge", EventType.WORKSHOP, EventCategory.LOTSINNEN, 24,
				LocalTime.of(9, 30), Duration.ofHours(6), 20, 1,
				new Venue("Freiwilligenzentrum", "Frankfurter Straße 48", "63065", "Offenbach am Main", "06413", 50.1055,
						8.7623),
				false,
				text("Schulung für Integrationslots*innen: Termine bei Behörden begleiten",
						"Training for integration guides: accompanying appointments at public offices", null),
				text("Was Lots*innen bei Terminen im Amt tun können und was nicht: Rollen, Datenschutz, gute Vorbereitung.",
						"What guides can and cannot do at appointments with public offices: roles, data protection, "
								+ "good preparation.",
						null)),
				new Spec("vernetzungstreffen-lotsinnen-nordhessen", EventType.NETWORKING,
				EventCategory.LOTSINNEN, 60, LocalTime.of(14, 0), Duration.ofHours(3), 40, 2,
				new Venue("Bürgerhaus", "Wilhelmsstraße 2", "34117", "Kassel", "06611", 51.3155, 9.4924), false,
				text("Vernetzungstreffen der Lots*innen-Projekte in Nordhessen",
						"Networking meeting of the guide projects in North Hesse",
						"لقاء تشبيك لمشاريع مرشدي الاندماج في شمال هسن"),
				text("Projekte stellen sich vor, teilen Erfahrungen mit der Gewinnung von Ehrenamtlichen und planen "
						+ "gemeinsame Aktionen.",
						"Projects introduce themselves, share what works in finding volunteers and plan joint activities.",
						"تعرّف المشاريع بنفسها وتتبادل الخبرات في كسب المتطوعين وتخطط لأنشطة مشتركة.")),
				new Spec("infoabend-vereinsgruendung", EventType.INFORMATION,
				EventCategory.MIGRANT_ORGANISATIONS, 17, LocalTime.of(18, 30), Duration.ofHours(2), 60, 1,
				Venue.none(), true,
				text("Online-Infoabend: Einen Verein gründen", "Online information evening: founding an association",
						null),
				text("Satzung, Eintragung, Gemeinnützigkeit und erste Fördermittel – ein Überblick mit Zeit für Fragen.",
						"Statutes, registration, charitable status and first funding – an overview with time for questions.",
						null)),
				new Spec("online-gespraech-streitkultur", EventType.ONLINE, EventCategory.SHARED, -30,
				LocalTime.of(17, 0), Duration.ofMinutes(90), 100, 1, Venue.none(), true,
				text("Online-Gespräch: Fair streiten in einer vielfältigen Gesellschaft",
						"Online talk: arguing fairly in a diverse society", null),
				text("Wie Konflikte zwischen Gruppen zu Gesprächen werden, die weiterbringen.",
						"How conflicts between groups can become conversations that move things forward.", null)),
				new Spec("abschluss-projekt-globale-konflikte", EventType.CONFERENCE, EventCategory.SHARED,
				-120, LocalTime.of(11, 0), Duration.ofHours(4), 120, 2,
				new Venue("Rathaus Wiesbaden", "Schlossplatz 6", "65183", "Wiesbaden", "06414", 50.0826, 8.2417), false,
				text("Abschlussveranstaltung eines Projekts zu weltweiten Konflikten und Zusammenhalt in Hessen",
						"Closing event of a project on global conflicts and cohesion in Hesse", null),
				text("Ergebnisse und Erfahrungen eines Projekts, das Menschen verschiedener Herkunft trotz Konflikten in "
						+ "ihren Herkunftsregionen ins Gespräch gebracht hat.",
						"Results and lessons of a project that brought people of different origins into conversation "
								+ "despite conflicts in their regions of origin.",
						null)));
		specs.forEach(this::save);
		log.info("Demo content: {} events created", specs.size());
	}

	private void save(Spec spec) {
		var day = ZonedDateTime.now(clock.withZone(BERLIN)).toLocalDate().plusDays(spec.daysFromToday());
		var starts = day.atTime(spec.startTime()).atZone(BERLIN).toInstant();
		var now = clock.instant();
		var event = new Event(spec.slug(), spec.title(), spec.type(), spec.category(), starts,
				starts.plus(spec.duration()), spec.capacity(), now);
		event.teaser(spec.teaser(), spec.teaser());
		event.place(spec.venue(), spec.online(), spec.online() ? "https://meet.example.org/" + spec.slug() : null);
		event.accessibility(!spec.online(), spec.category() == EventCategory.MIGRANT_ORGANISATIONS, !spec.online(),
				LocalizedText.empty());
		event.languages(spec.title().get("ar").isPresent() ? Set.of("de", "ar") : Set.of("de"));
		event.maxSeatsPerRegistration(spec.maxSeats());
		event.markAsDemo();
		event.publish(now);
		event.imageText(LocalizedText.of(java.util.Map.of("de", "Grafik: farbige Kreise, die einander überschneiden, wie Menschen im Gespräch",
				"en", "Graphic: coloured circles overlapping like people in conversation", "ar",
				"رسم: دوائر ملونة متداخلة مثل أشخاص يتحاورون")), "Integrationskompass (Beispielgrafik)");
		events.save(event);
		images.save(new EventImage(event.id(), "image/png", illustration(spec.category(), spec.slug().hashCode()), now));
	}

	/**
	 * A simple generated picture in the category's colour, so that the demo calendar shows tiles with images
	 * without shipping photos whose rights would need clearing.
	 */
	static byte[] illustration(EventCategory category, int seed) {
		var colour = switch (category) {
			case MIGRANT_ORGANISATIONS -> new Color(0xb34700);
			case LOTSINNEN -> new Color(0x1e7a34);
			case SHARED -> new Color(0x1f5aa6);
		};
		var image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(new Color(0xf3f5f8));
		graphics.fillRect(0, 0, 640, 360);
		var random = new java.util.Random(seed);
		for (var i = 0; i < 7; i++) {
			var size = 90 + random.nextInt(140);
			graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 70 + random.nextInt(120)));
			graphics.fillOval(40 + random.nextInt(480), 20 + random.nextInt(200), size, size);
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

	private record Spec(String slug, EventType type, EventCategory category, int daysFromToday, LocalTime startTime,
			Duration duration, int capacity, int maxSeats, Venue venue, boolean online, LocalizedText title,
			LocalizedText teaser) {
	}
}
