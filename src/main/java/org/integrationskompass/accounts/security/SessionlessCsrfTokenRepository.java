package org.integrationskompass.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a cookie for anonymous visitors, session-bound tokens for everyone signed in.
 *
 * <p>Anonymous visitors must get no cookie, yet public forms (accessibility feedback, sign-in) still carry a CSRF
 * token. Without a session there is nothing to bind a token to, so an anonymous form gets a token that proves
 * only that this server issued it recently: a random nonce and an expiry, signed with HMAC-SHA256 under a key
 * held in memory. That blocks blind cross-site posts and stale replays; it cannot stop an attacker who fetches
 * a fresh token first, but an anonymous form has no victim session to abuse (login CSRF is further limited by
 * the short lifetime and the session fixation protection on sign-in). As soon as a session exists, tokens
 * are the usual session-bound ones.
 */
class SessionlessCsrfTokenRepository implements CsrfTokenRepository {

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	/** Long enough for someone who writes slowly, or with assistive technology, to finish a form. */
	private static final Duration LIFETIME = Duration.ofHours(24);

	private static final String SIGNED_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final SecureRandom random = new SecureRandom();

	private final byte[] key = new byte[32];

	private final Clock clock;

	/**
	 * @param secret shared by all instances behind one load balancer, so a form from one instance can be posted
	 * to another; when empty, a random key per instance is used (fine for a single instance)
	 */
	SessionlessCsrfTokenRepository(String secret, Clock clock) {
		this.clock = clock;
		if (secret.isBlank()) {
			random.nextBytes(key);
		}
		else {
			System.arraycopy(sha256(secret), 0, key, 0, key.length);
		}
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			return sessions.generateToken(request);
		}
		var nonce = new byte[16];
		random.nextBytes(nonce);
		var expiry = clock.instant().plus(LIFETIME).getEpochSecond();
		var payload = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "." + expiry;
		return new DefaultCsrfToken(HEADER, PARAMETER, payload + "." + sign(payload));
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null && (token == null || !isSigned(token.getToken()))) {
			sessions.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null) {
			var stored = sessions.loadToken(request);
			// A signed-in session only ever accepts its own token: a signed token can be fetched by anyone.
			if (stored != null || session.getAttribute(SIGNED_IN) != null) {
				return stored;
			}
		}
		var submitted = request.getHeader(HEADER);
		if (submitted == null) {
			submitted = request.getParameter(PARAMETER);
		}
		return submitted != null && isValidSigned(submitted) ? new DefaultCsrfToken(HEADER, PARAMETER, submitted) : null;
	}

	private boolean isSigned(String token) {
		return token.chars().filter(c -> c == '.').count() == 2;
	}

	private boolean isValidSigned(String token) {
		var parts = token.split("\\.");
		if (parts.length != 3) {
			return false;
		}
		var payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		try {
			return Long.parseLong(parts[1]) >= clock.instant().getEpochSecond();
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private String sign(String payload) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
