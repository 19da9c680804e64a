package org.integrationskompass.newsletter.domain;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Double opt-in, unsubscribing and bounces. A request never tells whether the address was on the list already:
 * the page answers the same, and an active subscriber gets no second mail.
 */
@Service
public class Subscriptions {

	private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

	static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Berlin");

	private final SubscriptionRepository subscriptions;

	private final BounceRepository bounces;

	private final NewsletterSettings settings;

	private final MailComposer mails;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Subscriptions(SubscriptionRepository subscriptions, BounceRepository bounces, NewsletterSettings settings,
			MailComposer mails, Clock clock, PlatformTransactionManager transactions) {
		this.subscriptions = subscriptions;
		this.bounces = bounces;
		this.settings = settings;
		this.mails = mails;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Records a request and mails the confirmation link. The mail is sent after the commit; if the mail server is
	 * down the request stays pending and the person can simply ask again.
	 *
	 * @param email an address that passed {@link EmailAddresses#normalise}
	 */
	public void request(String email, String language, String consentText, @Nullable String ip) {
		String token;
		try {
			token = transactions.execute(status -> record(email, language, consentText, ip));
		}
		catch (DataIntegrityViolationException sameMomentRequest) {
			return;
		}
		if (token == null) {
			return;
		}
		try {
			mails.send(new OutgoingMail(email, Locale.forLanguageTag(language), "newsletter.mail.confirm.subject",
					new Object[0], "newsletter/mail/confirm",
					Map.of("confirmPath", "/integrationsbrief/bestaetigen/" + token,
							"validHours", settings.confirmValidity().toHours())));
		}
		catch (RuntimeException e) {
			log.warn("Confirmation mail for a newsletter subscription not sent: {}", e.toString());
		}
	}

	private @Nullable String record(String email, String language, String consentText, @Nullable String ip) {
		var existing = subscriptions.findByEmail(email);
		if (existing.isPresent() && existing.get().status() == SubscriptionStatus.ACTIVE) {
			return null;
		}
		var subscription = existing.orElseGet(() -> new Subscription(email, language, Tokens.random()));
		var token = Tokens.random();
		var now = clock.instant();
		subscription.request(language, consentText, settings.consentVersion(), now, settings.storeIp() ? ip : null,
				Tokens.hash(token), now.plus(settings.confirmValidity()), Tokens.random());
		subscriptions.saveAndFlush(subscription);
		return token;
	}

	/** Confirms with the token from the mail; empty when it is unknown, used already or expired. */
	public Optional<Subscription> confirm(String token) {
		if (!Tokens.wellFormed(token)) {
			return Optional.empty();
		}
		return transactions.execute(status -> subscriptions.findByConfirmTokenHash(Tokens.hash(token))
			.filter(found -> found.status() == SubscriptionStatus.PENDING)
			.filter(found -> found.confirmExpiresAt() != null && clock.instant().isBefore(found.confirmExpiresAt()))
			.map(found -> {
				found.confirm(clock.instant());
				return found;
			}));
	}

	public Optional<Subscription> findByUnsubscribeToken(String token) {
		if (!Tokens.wellFormed(token)) {
			return Optional.empty();
		}
		return subscriptions.findByUnsubscribeToken(token);
	}

	/** Unsubscribes; true when the token belonged to a subscription (also one that was unsubscribed already). */
	public boolean unsubscribe(String token) {
		if (!Tokens.wellFormed(token)) {
			return false;
		}
		return Boolean.TRUE.equals(transactions.execute(status -> subscriptions.findByUnsubscribeToken(token)
			.map(found -> {
				if (found.status() == SubscriptionStatus.ACTIVE || found.status() == SubscriptionStatus.PENDING) {
					found.unsubscribe(clock.instant());
				}
				return true;
			})
			.orElse(false)));
	}

	/** Records a bounce reported by the mail provider; false when the address is not on the list. */
	public boolean bounce(String email, boolean hard, String reason) {
		var normal = EmailAddresses.normalise(email).orElse(email.strip());
		var cut = reason.length() > 500 ? reason.substring(0, 500) : reason;
		return Boolean.TRUE.equals(transactions.execute(status -> subscriptions.findByEmail(normal).map(found -> {
			bounces.save(new Bounce(found.id(), hard ? "HARD" : "SOFT", cut, clock.instant()));
			if (found.status() == SubscriptionStatus.ACTIVE) {
				if (hard) {
					found.disable("hard bounce: " + cut);
				}
				else if (found.softBounce(clock.instant().atZone(OFFICE_TIME).toLocalDate(),
						settings.softBounceThreshold())) {
					found.disable("soft bounces: " + cut);
				}
			}
			return true;
		}).orElse(false)));
	}

	/** Deletes requests never confirmed and addresses unsubscribed long enough ago (privacy: keep only what is needed). */
	@Scheduled(fixedDelayString = "${platform.newsletter.retention-interval:PT1H}", initialDelayString = "PT1M")
	public void applyRetention() {
		var now = clock.instant();
		transactions.executeWithoutResult(status -> {
			var unconfirmed = subscriptions.deleteUnconfirmedRequestedBefore(now.minus(settings.unconfirmedRetention()));
			var unsubscribed = subscriptions.deleteUnsubscribedBefore(now.minus(settings.unsubscribedRetention()));
			if (unconfirmed + unsubscribed > 0) {
				log.info("Newsletter retention: {} unconfirmed requests and {} unsubscribed addresses deleted",
						unconfirmed, unsubscribed);
			}
		});
	}

	public long count(SubscriptionStatus status) {
		return subscriptions.countByStatus(status);
	}
}
