package org.integrationskompass.organisations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.jspecify.annotations.Nullable;

/**
 * Like {@link PortalClient}, with the one thing it lacks: posting a form with a file ({@code multipart/form-data}),
 * the way a browser sends the organisation and event forms. Keeps the session cookie, never follows redirects.
 */
public final class StaffBrowser {

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public StaffBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Signs in with the password and, for administrators and editors, the second factor (see {@link PortalClient#signIn}). */
	public HttpResponse<String> signIn(String login, String password) {
		var answer = postForm("/anmelden", Map.of("username", login, "password", password,
				"_csrf", PortalClient.csrfTokenIn(get("/anmelden").body())));
		var next = answer.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()).orElse("");
		if (next.endsWith(PortalClient.CODE_PAGE)) {
			return postForm(next, Map.of("code", SecondFactorCodes.next(login),
					"_csrf", PortalClient.csrfTokenIn(get(next).body())));
		}
		if (next.endsWith(PortalClient.ENROLMENT_PAGE)) {
			var page = get(next).body();
			var secret = PortalClient.secretIn(page);
			var step = SecondFactorCodes.currentStep();
			var enrolled = postForm(next, Map.of("code", SecondFactorCodes.code(secret, step),
					"_csrf", PortalClient.csrfTokenIn(page)));
			SecondFactorCodes.enrolledThroughThePage(login, secret, step);
			return enrolled;
		}
		return answer;
	}

	private HttpResponse<String> postForm(String path, Map<String, String> fields) {
		var body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Opens {@code formPage}, then posts the fields (each possibly repeated) and the file with its CSRF token. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, List<String>> fields, @Nullable Upload file) {
		return post(action, fields, file, PortalClient.csrfTokenIn(get(formPage).body()));
	}

	public HttpResponse<String> post(String action, Map<String, List<String>> fields, @Nullable Upload file, String csrf) {
		var boundary = "----kompass" + UUID.randomUUID().toString().replace("-", "");
		var body = new ByteArrayOutputStream();
		fields.forEach((name, values) -> values.forEach(value -> part(body, boundary, name, null, null,
				value.getBytes(StandardCharsets.UTF_8))));
		part(body, boundary, "_csrf", null, null, csrf.getBytes(StandardCharsets.UTF_8));
		if (file != null) {
			part(body, boundary, file.field(), file.fileName(), file.contentType(), file.data());
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, @Nullable String fileName,
			@Nullable String contentType, byte[] data) {
		var header = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
			.append(name).append('"');
		if (fileName != null) {
			header.append("; filename=\"").append(fileName).append('"');
		}
		header.append("\r\n");
		if (contentType != null) {
			header.append("Content-Type: ").append(contentType).append("\r\n");
		}
		header.append("\r\n");
		body.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(data);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest request) {
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

	/** A file as the browser sends it: its name, the type the browser claims and the bytes. */
	public record Upload(String fileName, String contentType, byte[] data, String field) {

		/** A logo, as the organisation form sends it. */
		public Upload(String fileName, String contentType, byte[] data) {
			this(fileName, contentType, data, "logo");
		}
	}
}
