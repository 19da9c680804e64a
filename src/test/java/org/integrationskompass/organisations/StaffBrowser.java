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

	public HttpResponse<String> signIn(String login, String password) {
		var token = PortalClient.csrfTokenIn(get("/anmelden").body());
		var body = Map.of("username", login, "password", password, "_csrf", token).entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + "/anmelden"))
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
