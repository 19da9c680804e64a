package org.integrationskompass.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret of each registrant's personal link ({@code /veranstaltungen/anmeldung/<token>}).
 *
 * <p>The token is an HMAC-SHA256 of the registration's id under a key, so every later mail (an offer from the waiting
 * list, the reminder, a cancelled event) can carry the same link without the token being stored: the database holds
 * only its SHA-256 hash, to find the registration by it. Somebody who reads the registration table therefore cannot
 * act for registrants; without the key a link cannot be guessed or derived from an id.
 *
 * <p>The key is {@code platform.events.link-key} when set (production: set it, and keep it out of the database
 * backups' reach). Otherwise one random key is made on first use and kept in {@code events_link_key}, shared by every
 * instance on the database — zero setup, at the price that a copy of the database also holds the key.
 */
@Component
public class ManageLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final String configuredKey;

	private volatile byte @Nullable [] key;

	private final TransactionTemplate newTransaction;

	ManageLinks(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${platform.events.link-key:}") String configuredKey) {
		this.jdbc = jdbc;
		this.configuredKey = configuredKey;
		// Its own transaction: on PostgreSQL a failed insert would otherwise break the caller's transaction.
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The link secret of a registration. */
	public String token(UUID registrationId) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			var digest = mac.doFinal(("manage:" + registrationId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	/** What the database stores of a token, and looks it up by. */
	public static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	private byte[] key() {
		var current = key;
		if (current == null) {
			synchronized (this) {
				current = key;
				if (current == null) {
					current = configuredKey.isBlank() ? storedKey() : sha256(configuredKey);
					key = current;
				}
			}
		}
		return current;
	}

	/** The database's key, made by whichever instance comes first. */
	private byte[] storedKey() {
		var stored = read();
		if (stored.isEmpty()) {
			var bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			try {
				newTransaction.executeWithoutResult(status -> jdbc.update(
						"INSERT INTO events_link_key (id, secret) VALUES (1, ?)", Base64.getEncoder().encodeToString(bytes)));
			}
			catch (DuplicateKeyException another) {
				// another instance was first: use its key
			}
			stored = read();
		}
		return Base64.getDecoder().decode(stored.get(0));
	}

	private java.util.List<String> read() {
		var found = newTransaction.execute(
				status -> jdbc.queryForList("SELECT secret FROM events_link_key WHERE id = 1", String.class));
		return found == null ? java.util.List.of() : found;
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
