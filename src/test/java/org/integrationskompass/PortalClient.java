package org.integrationskompass;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.jspecify.annotations.Nullable;

/**
 * A plain HTTP client against the running portal, like a browser without JavaScript: keeps cookies when asked
 * to (a signed-in session), never follows redirects on its own, and reads CSRF tokens from the forms it gets.
 */
public final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

	public static final String CODE_PAGE = "/anmelden/zwei-faktor";

	public static final String ENROLMENT_PAGE = "/anmelden/zwei-faktor/einrichten";

	private final String base;

	private final HttpClient http;

	private final @Nullable String clientAddress;

	public PortalClient(int port) {
		this(port, new CookieManager(), null);
	}

	private PortalClient(int port, CookieManager cookies, @Nullable String clientAddress) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		this.clientAddress = clientAddress;
	}

	/**
	 * A client the portal sees as coming from {@code address}, as it would behind a proxy on this host (the
	 * portal honours {@code X-Forwarded-For} from local proxies): for tests of limits per client address.
	 */
	public static PortalClient from(int port, String address) {
		return new PortalClient(port, new CookieManager(), address);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	/** A GET as it arrives through a TLS-terminating proxy on the same host. */
	public HttpResponse<String> getThroughHttpsProxy(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-Proto", "https")
			.GET()
			.build());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		var body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Loads the page with the form first, like a person would, and posts the form with its CSRF token. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfTokenIn(get(formPage).body()));
		return post(action, form);
	}

	/** The CSRF token of the first form in a page, as a browser would send it. */
	public static String csrfTokenIn(String html) {
		var token = CSRF.matcher(html);
		if (!token.find()) {
			throw new AssertionError("The page has no form with a CSRF token");
		}
		return token.group(1).replace("&amp;", "&");
	}

	/**
	 * Signs in through the form like a person: the password, then (for administrators and editors) the second
	 * factor as their app would answer it ({@link SecondFactorCodes}). Returns the last answer: the redirect after the
	 * second factor, the page with the recovery codes after an enrolment, or the refusal of the password.
	 */
	public HttpResponse<String> signIn(String login, String password) {
		return secondFactor(login, submit("/anmelden", "/anmelden", Map.of("username", login, "password", password)));
	}

	/** If the answer to a password sends to the second step, takes that step with a valid code. */
	public HttpResponse<String> secondFactor(String login, HttpResponse<String> passwordAnswer) {
		var next = passwordAnswer.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()).orElse("");
		if (next.endsWith(CODE_PAGE)) {
			return submit(next, next, Map.of("code", SecondFactorCodes.next(login)));
		}
		if (next.endsWith(ENROLMENT_PAGE)) {
			var page = get(next).body();
			var secret = secretIn(page);
			var step = SecondFactorCodes.currentStep();
			var answer = post(next, Map.of("code", SecondFactorCodes.code(secret, step), "_csrf", csrfTokenIn(page)));
			SecondFactorCodes.enrolledThroughThePage(login, secret, step);
			return answer;
		}
		return passwordAnswer;
	}

	/** The secret the enrolment page offers. */
	public static String secretIn(String html) {
		var secret = SECRET.matcher(html);
		if (!secret.find()) {
			throw new AssertionError("The page offers no secret");
		}
		return secret.group(1);
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (clientAddress != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", clientAddress)
				.build();
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
