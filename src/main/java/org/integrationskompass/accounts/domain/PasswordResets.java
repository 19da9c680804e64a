package org.integrationskompass.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Setting a new password through a mailed link. The link carries a random token of 256 bits; the database holds
 * only its SHA-256. A link works once and for {@code platform.accounts.password-reset.validity}; setting a password
 * invalidates every other link of the account. Whoever asks gets the same answer whether or not an account exists:
 * the mail is sent in the background, so even the time of the answer does not tell. Disabled accounts and accounts
 * whose login is not an email address (the first administrator's) get no mail.
 */
@Service
public class PasswordResets implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	/** The path of the link in the mail, followed by the token. */
	public static final String LINK_PATH = "/passwort-zuruecksetzen/";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordResetTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final MailComposer mails;

	private final PasswordResetSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();

	PasswordResets(AccountRepository accounts, PasswordResetTokenRepository tokens, PasswordEncoder passwords,
			MailComposer mails, PasswordResetSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
		senders.setCorePoolSize(1);
		senders.setMaxPoolSize(1);
		senders.setQueueCapacity(1_000);
		senders.setThreadNamePrefix("password-reset-mail-");
		// A full queue loses a mail, not a secret: the person asks again.
		senders.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
		senders.initialize();
	}

	/** What a link is worth. */
	public enum LinkState {
		/** The link may be used now. */
		VALID,
		/** The link existed but was used, replaced or has expired (or its account was disabled). */
		GONE,
		/** No such link: mistyped, cut off, forged or deleted long ago. */
		UNKNOWN
	}

	/** @param login the account's login, only for {@link LinkState#VALID} */
	public record Link(LinkState state, @Nullable String login) {

		static final Link UNKNOWN = new Link(LinkState.UNKNOWN, null);

		static final Link GONE = new Link(LinkState.GONE, null);
	}

	private record Pending(String to, String displayName, String token) {
	}

	/** Mails a link to the account with this login, if there is one that may have it; tells nothing either way. */
	public void request(String email, Locale locale) {
		var login = Account.normaliseLogin(email);
		var pending = transactions.execute(status -> accounts.findByLogin(login)
			.filter(Account::enabled)
			.filter(account -> account.login().contains("@"))
			.map(account -> {
				var token = randomToken();
				var now = clock.instant();
				tokens.save(new PasswordResetToken(account.id(), hash(token), now, now.plus(settings.validity())));
				return new Pending(account.login(), account.displayName(), token);
			})
			.orElse(null));
		if (pending == null) {
			return;
		}
		try {
			senders.execute(() -> send(pending, locale));
		}
		catch (RejectedExecutionException shuttingDown) {
			log.warn("Password reset mail not sent: the application is shutting down");
		}
	}

	private void send(Pending pending, Locale locale) {
		try {
			mails.send(new OutgoingMail(pending.to(), locale, "accounts.mail.passwordReset.subject", new Object[0],
					"accounts/mail/password-reset",
					Map.of("resetPath", LINK_PATH + pending.token(), "displayName", pending.displayName(), "login",
							pending.to(), "validMinutes", Long.toString(settings.validity().toMinutes()))));
		}
		catch (RuntimeException e) {
			log.warn("Password reset mail not sent: {}", e.toString());
		}
	}

	/** Whether the link may be used, without using it (opening the link, as a mail scanner may, changes nothing). */
	public Link check(String token) {
		if (!wellFormed(token)) {
			return Link.UNKNOWN;
		}
		var link = transactions.execute(status -> tokens.findByTokenHash(hash(token)).map(found -> {
			if (!found.usableAt(clock.instant())) {
				return Link.GONE;
			}
			return accounts.findById(found.accountId()).filter(Account::enabled)
				.map(account -> new Link(LinkState.VALID, account.login()))
				.orElse(Link.GONE);
		}).orElse(Link.UNKNOWN));
		return link == null ? Link.UNKNOWN : link;
	}

	/**
	 * Sets the new password (which must follow {@link PasswordRules}) and uses up the link and every other link of
	 * the account. Of two requests with the same link at once, exactly one succeeds.
	 */
	public Link reset(String token, String newPassword) {
		var checked = check(token);
		if (checked.state() != LinkState.VALID) {
			return checked;
		}
		var hash = hash(token);
		var link = transactions.execute(status -> {
			var now = clock.instant();
			var found = tokens.findByTokenHash(hash).orElse(null);
			if (found == null || tokens.use(hash, now) != 1) {
				return Link.GONE;
			}
			var account = accounts.findById(found.accountId()).filter(Account::enabled).orElse(null);
			if (account == null) {
				status.setRollbackOnly();
				return Link.GONE;
			}
			account.changePassword(passwords.encode(newPassword));
			tokens.invalidateAll(account.id(), now);
			log.info("Password of {} set through a mailed link", account.login());
			return new Link(LinkState.VALID, account.login());
		});
		return link == null ? Link.GONE : link;
	}

	/** Deletes links that expired more than {@code retention} ago; used ones expire like the others. */
	@Scheduled(fixedDelayString = "${platform.accounts.password-reset.cleanup-interval:PT1H}", initialDelayString = "PT5M")
	public int deleteOldLinks() {
		var deleted = transactions.execute(status -> tokens.deleteExpiredBefore(clock.instant().minus(settings.retention())));
		if (deleted != null && deleted > 0) {
			log.info("Deleted {} old password reset links", deleted);
		}
		return deleted == null ? 0 : deleted;
	}

	@Override
	public void destroy() {
		senders.shutdown();
	}

	static String randomToken() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Only the shape of a {@link #randomToken}; anything else is not looked up at all. */
	static boolean wellFormed(String token) {
		return token.length() == 43
				&& token.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
						|| c == '-' || c == '_');
	}
}
