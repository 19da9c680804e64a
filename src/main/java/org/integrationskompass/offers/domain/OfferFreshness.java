package org.integrationskompass.offers.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The freshness cycle of offers (issue #7): {@code reminder-after} (11 months) after an offer was last confirmed its
 * provider gets a mail with a one-click "still current" link; an offer still unconfirmed {@code pause-after}
 * (12 months and 30 days) after its last confirmation is paused (hidden from search and its page, kept in the
 * database) and the office is told in one summary mail per run.
 *
 * <p>Each offer has one cycle per confirmation date ({@code offers_freshness_cycle}, unique on offer and date), so
 * it gets one reminder per cycle; confirming starts the next cycle. <b>Several instances</b> may run the job at the
 * same moment without a leader, because every step claims its rows with a conditional update and only the instance
 * whose update changed the row goes on:
 * <ul>
 * <li>opening cycles is one idempotent {@code INSERT … SELECT … WHERE NOT EXISTS}; the unique constraint stops a
 * second instance inserting the same cycle (it gets a duplicate key and leaves the rest to the next run);</li>
 * <li>a reminder is claimed by {@code UPDATE … SET claimed_until = now + lease, token_hash = … WHERE reminder_state =
 * 'DUE' AND (claimed_until IS NULL OR claimed_until < now)}; after a sent mail it becomes {@code SENT}, after a failed
 * one the claim is dropped and the next run ({@code mail-retry}) tries again with a new token. An instance that dies
 * while sending leaves the claim to expire after {@code lease}; if its mail did go out, the provider gets a second
 * mail and only the newer link works (the older one answers 404);</li>
 * <li>pausing claims the cycle with {@code UPDATE … SET paused_at WHERE paused_at IS NULL} in the transaction that
 * changes the offer (whose {@code @Version} guards it as well), so each paused offer is paused, and listed in an
 * editors' mail, by exactly one instance.</li>
 * </ul>
 * Conditional updates rather than {@code SELECT … FOR UPDATE SKIP LOCKED}: they behave the same on H2 and
 * PostgreSQL and hold no lock while a mail is sent.
 *
 * <p>The link's token is 256 random bits; only its SHA-256 is stored. Opening the link changes nothing (mail scanners
 * open links); the button on its page confirms, once. A used link, or one whose offer was confirmed otherwise since,
 * is "gone" (410); a link that never existed is "unknown" (404).
 */
@Service
public class OfferFreshness {

	/** The path of the link in the reminder, followed by the token. */
	public static final String LINK_PATH = "/angebote/noch-aktuell/";

	private static final Logger log = LoggerFactory.getLogger(OfferFreshness.class);

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int BATCH = 200;

	/** Providers' language is not known: reminders go out in the portal's first language, German. */
	private static final Locale PROVIDER_LANGUAGE = Locale.GERMAN;

	private static final Locale OFFICE_LANGUAGE = Locale.GERMAN;

	private final JdbcTemplate jdbc;

	private final OfferRepository offers;

	private final OrganisationDirectory organisations;

	private final MailComposer mails;

	private final FreshnessSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reading;

	OfferFreshness(JdbcTemplate jdbc, OfferRepository offers, OrganisationDirectory organisations, MailComposer mails,
			FreshnessSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.offers = offers;
		this.organisations = organisations;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
	}

	public FreshnessSettings settings() {
		return settings;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(OFFICE_ZONE));
	}

	/** What one run did on this instance. */
	public record Run(int opened, int reminded, List<PausedOffer> paused) {
	}

	/** An offer this run paused, for the editors' mail. */
	public record PausedOffer(UUID id, String title, String organisationName, LocalDate lastConfirmedOn) {
	}

	/** The daily job: open the cycles that are due, send their reminders, pause what was not confirmed in time. */
	public Run run() {
		var today = today();
		var opened = openCycles(today);
		var reminded = sendDueReminders();
		var paused = pauseOverdue(today);
		tellEditors(paused);
		return new Run(opened, reminded, paused);
	}

	private int openCycles(LocalDate today) {
		try {
			var opened = transactions.execute(status -> jdbc.update("""
					INSERT INTO offers_freshness_cycle (offer_id, confirmed_on, reminder_state, created_at)
					SELECT o.id, o.last_confirmed_on, 'DUE', ? FROM offers_offer o
					WHERE o.status = 'PUBLISHED' AND o.last_confirmed_on <= ? AND (o.ends_on IS NULL OR o.ends_on >= ?)
					AND NOT EXISTS (SELECT 1 FROM offers_freshness_cycle c
					    WHERE c.offer_id = o.id AND c.confirmed_on = o.last_confirmed_on)""", now(),
					today.minus(settings.reminderAfter()), today));
			return opened == null ? 0 : opened;
		}
		catch (DataAccessException anotherInstance) {
			// a duplicate key (PostgreSQL) or a lock conflict (H2) with an instance doing the same
			log.info("Another instance opened freshness cycles at the same time; the rest waits for the next run: {}",
					anotherInstance.toString());
			return 0;
		}
	}

	/** Sends the reminders not sent yet (also those whose mail failed before); returns how many went out. */
	public int sendDueReminders() {
		var due = jdbc.queryForList("""
				SELECT id FROM offers_freshness_cycle WHERE reminder_state = 'DUE'
				AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH),
				Long.class, now());
		var sent = 0;
		for (var cycle : due) {
			var token = newToken();
			var now = now();
			int claimed;
			try {
				claimed = jdbc.update("""
						UPDATE offers_freshness_cycle SET claimed_until = ?, token_hash = ?, attempts = attempts + 1
						WHERE id = ? AND reminder_state = 'DUE' AND (claimed_until IS NULL OR claimed_until < ?)""",
						now.plus(settings.lease()), hash(token), cycle, now);
			}
			catch (DataAccessException anotherInstance) {
				continue;
			}
			if (claimed == 1 && sendReminder(cycle, token)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendReminder(long cycle, String token) {
		var mail = transactions.execute(status -> reminderMail(cycle, token));
		if (mail == null) {
			return false;
		}
		try {
			mails.send(mail);
		}
		catch (RuntimeException e) {
			jdbc.update("UPDATE offers_freshness_cycle SET claimed_until = NULL WHERE id = ?", cycle);
			log.warn("Freshness reminder (cycle {}) not sent, tried again later: {}", cycle, e.toString());
			return false;
		}
		jdbc.update("""
				UPDATE offers_freshness_cycle SET reminder_state = 'SENT', reminded_at = ?, recipient = ?,
				claimed_until = NULL WHERE id = ?""", now(), mail.to(), cycle);
		return true;
	}

	private @Nullable OutgoingMail reminderMail(long cycle, String token) {
		var row = jdbc.queryForMap("SELECT offer_id, confirmed_on FROM offers_freshness_cycle WHERE id = ?", cycle);
		var offerId = uuid(row.get("offer_id"));
		var confirmedOn = date(row.get("confirmed_on"));
		var offer = offers.findById(offerId).orElse(null);
		if (offer == null || offer.status() != OfferStatus.PUBLISHED || !offer.lastConfirmedOn().equals(confirmedOn)) {
			jdbc.update("UPDATE offers_freshness_cycle SET reminder_state = 'OBSOLETE', claimed_until = NULL WHERE id = ?",
					cycle);
			return null;
		}
		var recipient = offer.contactEmail() != null && !offer.contactEmail().isBlank() ? offer.contactEmail()
				: organisations.findEmail(offer.organisation()).orElse(null);
		if (recipient == null) {
			jdbc.update("UPDATE offers_freshness_cycle SET reminder_state = 'NO_ADDRESS', claimed_until = NULL WHERE id = ?",
					cycle);
			log.info("Offer {} has no email address, neither its own nor its organisation's: no freshness reminder",
					offer.slug());
			return null;
		}
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(PROVIDER_LANGUAGE);
		var title = offer.title().in(PROVIDER_LANGUAGE).text();
		return new OutgoingMail(recipient, PROVIDER_LANGUAGE, "offers.freshness.mail.reminder.subject",
				new Object[] { title }, "offers/mail/freshness-reminder",
				Map.of("offerTitle", title, "organisationName", offer.organisationName(), "confirmedOnText",
						confirmedOn.format(dates), "pauseOnText", confirmedOn.plus(settings.pauseAfter()).format(dates),
						"linkPath", LINK_PATH + token));
	}

	private List<PausedOffer> pauseOverdue(LocalDate today) {
		var threshold = today.minus(settings.pauseAfter());
		var overdue = jdbc.queryForList("""
				SELECT id FROM offers_offer WHERE status = 'PUBLISHED' AND last_confirmed_on <= ?
				AND (ends_on IS NULL OR ends_on >= ?) ORDER BY last_confirmed_on, id FETCH FIRST 500 ROWS ONLY""",
				UUID.class, threshold, today);
		var paused = new ArrayList<PausedOffer>();
		for (var id : overdue) {
			try {
				var done = transactions.execute(status -> pause(id, threshold));
				if (done != null) {
					paused.add(done);
					log.info("Offer {} paused: not confirmed since {}", id, done.lastConfirmedOn());
				}
			}
			catch (DataAccessException anotherInstance) {
				log.info("Offer {} was paused or changed by someone else meanwhile: {}", id, anotherInstance.toString());
			}
		}
		return paused;
	}

	private @Nullable PausedOffer pause(UUID id, LocalDate threshold) {
		var offer = offers.findById(id).orElse(null);
		if (offer == null || offer.status() != OfferStatus.PUBLISHED || offer.lastConfirmedOn().isAfter(threshold)) {
			return null;
		}
		var now = now();
		// A cycle exists for every overdue offer (opened by this run); no row means it was changed meanwhile.
		var claimed = jdbc.update("""
				UPDATE offers_freshness_cycle SET paused_at = ? WHERE offer_id = ? AND confirmed_on = ?
				AND paused_at IS NULL""", now, id, offer.lastConfirmedOn());
		if (claimed != 1) {
			return null;
		}
		offer.changeStatus(OfferStatus.PAUSED, now.toInstant());
		offers.flush();
		return new PausedOffer(id, offer.title().in(OFFICE_LANGUAGE).text(), offer.organisationName(),
				offer.lastConfirmedOn());
	}

	private void tellEditors(List<PausedOffer> paused) {
		if (paused.isEmpty()) {
			return;
		}
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(OFFICE_LANGUAGE);
		var listed = paused.stream()
			.map(p -> Map.of("title", p.title(), "organisationName", p.organisationName(), "confirmedOnText",
					p.lastConfirmedOn().format(dates), "editPath", "/admin/angebote/" + p.id() + "/bearbeiten"))
			.toList();
		try {
			mails.send(new OutgoingMail(mails.settings().office(), OFFICE_LANGUAGE,
					"offers.freshness.mail.paused.subject", new Object[] { Integer.toString(paused.size()) },
					"offers/mail/freshness-paused", Map.of("offers", listed, "dashboardPath", "/admin/angebote/aktualitaet")));
		}
		catch (RuntimeException e) {
			// not retried: the dashboard lists every paused offer
			log.warn("Mail to the office about {} paused offers not sent: {}", paused.size(), e.toString());
		}
	}

	// --- the link ---

	public enum LinkState {
		/** The link works: its page may confirm the offer. */
		VALID,
		/** The button was pressed: the offer is confirmed now. */
		CONFIRMED,
		/** Used before, or the offer was confirmed otherwise since: 410. */
		GONE,
		/** Never issued, cut off or altered: 404. */
		UNKNOWN
	}

	/**
	 * What a link leads to.
	 *
	 * @param confirmedOn for {@code GONE} and {@code CONFIRMED}: the day the offer was confirmed
	 * @param republished for {@code CONFIRMED}: the offer had been paused and is public again
	 */
	public record Link(LinkState state, @Nullable LocalizedText title, @Nullable String organisationName,
			@Nullable String slug, @Nullable LocalDate lastConfirmedOn, @Nullable LocalDate confirmedOn, boolean paused,
			boolean republished) {

		static Link unknown() {
			return new Link(LinkState.UNKNOWN, null, null, null, null, null, false, false);
		}

		static Link gone(Offer offer, LocalDate confirmedOn) {
			return new Link(LinkState.GONE, offer.title(), offer.organisationName(), offer.slug(),
					offer.lastConfirmedOn(), confirmedOn, false, false);
		}
	}

	private record CycleRow(long id, UUID offerId, LocalDate confirmedOn, @Nullable LocalDate renewedOn,
			boolean pausedByCycle) {
	}

	/** Whether the link may be used, without using it. */
	public Link check(String token) {
		return reading.execute(status -> find(token));
	}

	private Link find(String token) {
		var cycle = cycle(token);
		if (cycle == null) {
			return Link.unknown();
		}
		var offer = offers.findById(cycle.offerId()).orElse(null);
		if (offer == null) {
			return Link.unknown();
		}
		if (cycle.renewedOn() != null) {
			return Link.gone(offer, cycle.renewedOn());
		}
		if (!offer.lastConfirmedOn().equals(cycle.confirmedOn())) {
			return Link.gone(offer, offer.lastConfirmedOn());
		}
		return new Link(LinkState.VALID, offer.title(), offer.organisationName(), offer.slug(), offer.lastConfirmedOn(),
				null, offer.status() == OfferStatus.PAUSED, false);
	}

	/** "Still current", through the link: confirms the offer today and republishes it if this cycle paused it. */
	public Link confirm(String token) {
		return transactions.execute(status -> {
			var link = find(token);
			var cycle = cycle(token);
			if (link.state() != LinkState.VALID || cycle == null) {
				return link;
			}
			var today = today();
			var claimed = jdbc.update(
					"UPDATE offers_freshness_cycle SET renewed_on = ? WHERE id = ? AND renewed_on IS NULL", today,
					cycle.id());
			var offer = offers.findById(cycle.offerId()).orElseThrow();
			if (claimed != 1) {
				return Link.gone(offer, today);
			}
			var republish = cycle.pausedByCycle() && offer.status() == OfferStatus.PAUSED;
			offer.confirm(today, cycle.pausedByCycle(), clock.instant());
			log.info("Offer {} confirmed as still current through its reminder link{}", offer.slug(),
					republish ? " and published again" : "");
			return new Link(LinkState.CONFIRMED, offer.title(), offer.organisationName(), offer.slug(), today, today,
					false, republish);
		});
	}

	private @Nullable CycleRow cycle(String token) {
		if (!token.matches("[A-Za-z0-9_-]{43}")) {
			return null;
		}
		var rows = jdbc.query("""
				SELECT id, offer_id, confirmed_on, renewed_on, paused_at FROM offers_freshness_cycle
				WHERE token_hash = ?""", (ResultSet rs, int n) -> new CycleRow(rs.getLong("id"),
				uuid(rs.getObject("offer_id")), date(rs.getObject("confirmed_on")),
				rs.getObject("renewed_on") == null ? null : date(rs.getObject("renewed_on")),
				rs.getObject("paused_at") != null), hash(token));
		return rows.isEmpty() ? null : rows.get(0);
	}

	/** Staff mark an offer "still current" in the back office; a paused offer is published again. */
	public Offer confirmByStaff(OfferId id) {
		return transactions.execute(status -> {
			var offer = offers.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No offer " + id));
			offer.confirm(today(), true, clock.instant());
			return offer;
		});
	}

	// --- dashboard ---

	/** Published offers, and how many of them were confirmed within {@code current-for}. */
	public record Share(String key, long total, long current) {

		public int percent() {
			return total == 0 ? 0 : (int) Math.round(100.0 * current / total);
		}
	}

	/** An offer on one of the dashboard's lists. */
	public record Entry(UUID id, LocalizedText title, String organisationName, LocalDate lastConfirmedOn,
			@Nullable String reminderState, @Nullable Instant remindedAt, @Nullable String recipient,
			@Nullable Instant pausedAt) {
	}

	public record Dashboard(LocalDate currentSince, Share overall, List<Share> byKreis, List<Share> byTopic,
			List<Entry> due, List<Entry> reminded, List<Entry> paused) {
	}

	public Dashboard dashboard() {
		return reading.execute(status -> {
			var today = today();
			var since = today.minus(settings.currentFor());
			var overall = jdbc.queryForObject("""
					SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN last_confirmed_on >= ? THEN 1 ELSE 0 END), 0) AS fresh
					FROM offers_offer WHERE status = 'PUBLISHED'""", (rs, n) -> share("", rs), since);
			var byKreis = jdbc.query("""
					SELECT k.kreis_key AS share_key, COUNT(*) AS total,
					SUM(CASE WHEN k.last_confirmed_on >= ? THEN 1 ELSE 0 END) AS fresh
					FROM (SELECT DISTINCT p.kreis_key, o.id, o.last_confirmed_on FROM offers_offer o
					    JOIN offers_place p ON p.offer_id = o.id WHERE o.status = 'PUBLISHED') k
					GROUP BY k.kreis_key ORDER BY k.kreis_key""", (rs, n) -> share(rs.getString("share_key"), rs), since);
			var byTopic = jdbc.query("""
					SELECT t.slug AS share_key, COUNT(*) AS total,
					SUM(CASE WHEN o.last_confirmed_on >= ? THEN 1 ELSE 0 END) AS fresh
					FROM offers_offer o JOIN offers_offer_topic ot ON ot.offer_id = o.id
					JOIN offers_topic t ON t.id = ot.topic_id WHERE o.status = 'PUBLISHED'
					GROUP BY t.slug, t.position ORDER BY t.position""", (rs, n) -> share(rs.getString("share_key"), rs),
					since);
			var due = new ArrayList<Entry>();
			var reminded = new ArrayList<Entry>();
			for (var entry : entries("""
					SELECT o.id, c.reminder_state, c.reminded_at, c.recipient, c.paused_at FROM offers_offer o
					LEFT JOIN offers_freshness_cycle c ON c.offer_id = o.id AND c.confirmed_on = o.last_confirmed_on
					WHERE o.status = 'PUBLISHED' AND o.last_confirmed_on <= ?
					ORDER BY o.last_confirmed_on, o.id FETCH FIRST 300 ROWS ONLY""", today.minus(settings.reminderAfter()))) {
				("SENT".equals(entry.reminderState()) ? reminded : due).add(entry);
			}
			var paused = entries("""
					SELECT o.id, c.reminder_state, c.reminded_at, c.recipient, c.paused_at FROM offers_offer o
					LEFT JOIN offers_freshness_cycle c ON c.offer_id = o.id AND c.confirmed_on = o.last_confirmed_on
					WHERE o.status = 'PAUSED' ORDER BY o.updated_at DESC, o.id FETCH FIRST 300 ROWS ONLY""");
			return new Dashboard(since, overall, byKreis, byTopic, due, reminded, paused);
		});
	}

	private List<Entry> entries(String sql, Object... arguments) {
		record Found(UUID id, @Nullable String state, @Nullable Instant remindedAt, @Nullable String recipient,
				@Nullable Instant pausedAt) {
		}
		var found = jdbc.query(sql, (rs, n) -> new Found(uuid(rs.getObject("id")), rs.getString("reminder_state"),
				instant(rs, "reminded_at"), rs.getString("recipient"), instant(rs, "paused_at")), arguments);
		var byId = new java.util.HashMap<UUID, Offer>();
		offers.findAllById(found.stream().map(Found::id).toList()).forEach(o -> byId.put(o.id().value(), o));
		return found.stream().filter(f -> byId.containsKey(f.id())).map(f -> {
			var offer = byId.get(f.id());
			return new Entry(f.id(), offer.title(), offer.organisationName(), offer.lastConfirmedOn(), f.state(),
					f.remindedAt(), f.recipient(), f.pausedAt());
		}).toList();
	}

	private static Share share(String key, ResultSet rs) throws SQLException {
		return new Share(key, rs.getLong("total"), rs.getLong("fresh"));
	}

	// --- helpers ---

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static UUID uuid(@Nullable Object value) {
		return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
	}

	private static LocalDate date(@Nullable Object value) {
		if (value instanceof LocalDate day) {
			return day;
		}
		if (value instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		return LocalDate.parse(String.valueOf(value));
	}

	private static String newToken() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** What the database stores of a token, and looks it up by. */
	static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
