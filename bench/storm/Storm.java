import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of bench/registration-storm: many people register for one event at the same moment.
 * <p>
 * Phase 1 (not measured) fetches one registration form per attempt (GET, alternately from each instance) and keeps
 * its hidden fields, above all the signed CSRF token. Phase 2 (measured) lets CONCURRENCY threads wait at a start
 * gate, opens it, and posts every form once (to the instance the form came from), without following redirects.
 * A POST counts as registered when it answers 302/303 with a Location containing {@code success=}; 5xx or an I/O
 * error count as server errors; anything else (200 with the form shown again, 4xx, another redirect) as rejected.
 * <p>
 * No dependencies, Java 17 (platform threads, java.net.http). Arguments are key=value:
 *
 * <pre>
 * java bench/storm/Storm.java urls=http://127.0.0.1:18091,http://127.0.0.1:18092 \
 *     path=/veranstaltungen/storm-bench/anmeldung attempts=2000 concurrency=200 \
 *     [prefix=storm] [success=/veranstaltungen/anmeldung/] [timeout=60] [dump=DIR]
 * </pre>
 *
 * The last output line is machine-readable: {@code result: attempts=… registered=… rejected=… server_errors=… …}.
 * Exit status 0 after a run (whatever its figures), 2 when no form could be fetched at all.
 */
public class Storm {

	private static final Pattern FORM = Pattern.compile("(?is)<form\\b[^>]*>.*?</form>");

	private static final Pattern INPUT = Pattern.compile("(?is)<input\\b[^>]*>");

	private static final Pattern ATTRIBUTE = Pattern.compile("(?s)([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

	private static final Pattern ERROR_MARK = Pattern.compile("(?i)role=\"alert\"|class=\"[^\"]*kern-error[^\"]*\"");

	/** One attempt: the instance, the hidden fields of its form, and the POST's outcome. */
	static final class Attempt {

		final int number;

		final String url;

		Map<String, String> hidden;

		int status;

		String location = "";

		long nanos;

		String failure;

		Attempt(int number, String url) {
			this.number = number;
			this.url = url;
		}
	}

	public static void main(String[] args) throws Exception {
		// The JDK client keeps idle connections 20 min, Tomcat closes them after 20 s: never reuse a connection
		// that the server may already have closed (a POST is not retried, it would look like a server error).
		System.setProperty("jdk.httpclient.keepalive.timeout", "10");
		var options = new TreeMap<String, String>();
		for (var arg : args) {
			var eq = arg.indexOf('=');
			if (eq < 1) {
				throw new IllegalArgumentException("expected key=value, got " + arg);
			}
			options.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		var urls = Arrays.asList(options.getOrDefault("urls", "http://127.0.0.1:8080").split(","));
		var path = options.getOrDefault("path", "/veranstaltungen/storm-bench/anmeldung");
		int attemptsWanted = Integer.parseInt(options.getOrDefault("attempts", "2000"));
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "200"));
		var prefix = options.getOrDefault("prefix", "storm");
		var success = options.getOrDefault("success", "/veranstaltungen/anmeldung/");
		var timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "60")));
		var dump = options.containsKey("dump") ? Path.of(options.get("dump")) : null;

		var attempts = new ArrayList<Attempt>(attemptsWanted);
		for (int i = 0; i < attemptsWanted; i++) {
			attempts.add(new Attempt(i + 1, urls.get(i % urls.size()) + path));
		}
		var pool = Executors.newFixedThreadPool(concurrency);
		try {
			var usable = prepare(attempts, pool, timeout, dump);
			if (usable.isEmpty()) {
				System.out.println("result: attempts=" + attemptsWanted + " prepared=0");
				System.exit(2);
			}
			storm(usable, attemptsWanted, pool, concurrency, prefix, success, timeout, dump);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Phase 1: one form per attempt. Returns the attempts whose form had a CSRF token. */
	private static List<Attempt> prepare(List<Attempt> attempts, ExecutorService pool, Duration timeout, Path dump)
			throws Exception {
		var client = client();
		var failures = new TreeMap<String, Integer>();
		var firstFailure = new AtomicReference<String>();
		var started = System.nanoTime();
		var futures = new ArrayList<Future<?>>();
		for (var attempt : attempts) {
			futures.add(pool.submit(() -> {
				String failure;
				try {
					var response = client.send(HttpRequest.newBuilder(URI.create(attempt.url)).timeout(timeout)
						.header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						attempt.hidden = hiddenFields(response.body());
						if (attempt.hidden != null) {
							return;
						}
						failure = "200 without a form with _csrf";
					}
					else {
						failure = "HTTP " + response.statusCode();
					}
					if (firstFailure.compareAndSet(null, failure)) {
						System.out.println("first form failure (" + attempt.url + "): " + failure + ": "
								+ snippet(response.body()));
						save(dump, "first-form-failure.html", response.body());
					}
				}
				catch (IOException | InterruptedException e) {
					failure = "I/O " + e.getClass().getSimpleName();
					if (firstFailure.compareAndSet(null, failure)) {
						System.out.println("first form failure (" + attempt.url + "): " + e);
					}
				}
				synchronized (failures) {
					failures.merge(failure, 1, Integer::sum);
				}
			}));
		}
		for (var future : futures) {
			future.get();
		}
		var seconds = (System.nanoTime() - started) / 1e9;
		var usable = attempts.stream().filter(a -> a.hidden != null).toList();
		System.out.printf("forms: %d of %d fetched in %.1f s%s%n", usable.size(), attempts.size(), seconds,
				failures.isEmpty() ? "" : "; failures " + failures);
		int form5xx = 0;
		int formIo = 0;
		for (var entry : failures.entrySet()) {
			if (entry.getKey().startsWith("HTTP 5")) {
				form5xx += entry.getValue();
			}
			else if (entry.getKey().startsWith("I/O")) {
				formIo += entry.getValue();
			}
		}
		System.out.println("forms-result: prepared=" + usable.size() + " form_5xx=" + form5xx + " form_io=" + formIo
				+ " form_other=" + (attempts.size() - usable.size() - form5xx - formIo));
		return usable;
	}

	/** Phase 2: all POSTs, started together behind a gate; prints the figures. */
	private static void storm(List<Attempt> attempts, int attemptsWanted, ExecutorService pool, int concurrency,
			String prefix, String success, Duration timeout, Path dump) throws Exception {
		// A fresh client: every registrant is a different visitor, and no connection is left over from phase 1.
		var client = client();
		var gate = new CountDownLatch(1);
		var futures = new ArrayList<Future<?>>();
		var firstRejected = new AtomicReference<String>();
		var firstServerError = new AtomicReference<String>();
		for (var attempt : attempts) {
			futures.add(pool.submit(() -> {
				var fields = new LinkedHashMap<>(attempt.hidden);
				fields.put("seats", "1");
				fields.put("name", "Storm Person " + attempt.number);
				fields.put("email", prefix + "-" + attempt.number + "@example.org");
				fields.put("organisation", "");
				fields.put("needs", "");
				fields.put("consent", "true");
				var request = HttpRequest.newBuilder(URI.create(attempt.url)).timeout(timeout)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept-Language", "de")
					.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
					.build();
				gate.await();
				var started = System.nanoTime();
				try {
					var response = client.send(request, HttpResponse.BodyHandlers.ofString());
					attempt.nanos = System.nanoTime() - started;
					attempt.status = response.statusCode();
					attempt.location = response.headers().firstValue("Location").orElse("");
					if (registered(attempt, success)) {
						return null;
					}
					var kind = attempt.status >= 500 ? firstServerError : firstRejected;
					if (kind.compareAndSet(null, "x")) {
						System.out.println("first " + (attempt.status >= 500 ? "server error" : "rejected")
								+ " (attempt " + attempt.number + ", " + attempt.url + "): HTTP " + attempt.status
								+ (attempt.location.isEmpty() ? "" : " Location " + attempt.location) + ": "
								+ snippet(response.body()));
						save(dump, attempt.status >= 500 ? "first-server-error.html" : "first-rejected.html",
								response.body());
					}
				}
				catch (IOException e) {
					attempt.nanos = System.nanoTime() - started;
					attempt.failure = e.toString();
					if (firstServerError.compareAndSet(null, "x")) {
						System.out.println("first I/O error (attempt " + attempt.number + ", " + attempt.url + "): " + e);
					}
				}
				return null;
			}));
		}
		// let the threads reach the gate before opening it
		Thread.sleep(500);
		var started = System.nanoTime();
		gate.countDown();
		for (var future : futures) {
			future.get();
		}
		var seconds = (System.nanoTime() - started) / 1e9;

		int registered = 0;
		int http5xx = 0;
		int io = 0;
		int rejected = 0;
		var statuses = new TreeMap<Integer, Integer>();
		var latencies = new ArrayList<Long>();
		for (var attempt : attempts) {
			if (attempt.failure != null) {
				io++;
				continue;
			}
			latencies.add(attempt.nanos);
			statuses.merge(attempt.status, 1, Integer::sum);
			if (registered(attempt, success)) {
				registered++;
			}
			else if (attempt.status >= 500) {
				http5xx++;
			}
			else {
				rejected++;
			}
		}
		latencies.sort(null);
		System.out.println("statuses: " + statuses + (io > 0 ? " I/O errors: " + io : ""));
		System.out.printf(java.util.Locale.ROOT,
				"result: attempts=%d posted=%d concurrency=%d registered=%d rejected=%d server_errors=%d http_5xx=%d"
						+ " io_errors=%d seconds=%.3f per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
				attemptsWanted, attempts.size(), concurrency, registered, rejected, http5xx + io, http5xx, io, seconds,
				registered / seconds, percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
				percentile(latencies, 100));
	}

	private static boolean registered(Attempt attempt, String success) {
		return (attempt.status == 302 || attempt.status == 303) && attempt.location.contains(success);
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Nearest-rank percentile in milliseconds; 0 when there is nothing to rank. */
	private static double percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1)) / 1e6;
	}

	/** The hidden fields of the page's form that carries a CSRF token, or null when there is none. */
	static Map<String, String> hiddenFields(String html) {
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			var fields = new LinkedHashMap<String, String>();
			Matcher inputs = INPUT.matcher(forms.group());
			while (inputs.find()) {
				var attributes = attributes(inputs.group());
				if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
					fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
				}
			}
			if (fields.containsKey("_csrf")) {
				return fields;
			}
		}
		return null;
	}

	private static Map<String, String> attributes(String tag) {
		var attributes = new LinkedHashMap<String, String>();
		Matcher m = ATTRIBUTE.matcher(tag);
		while (m.find()) {
			var value = m.group(3) != null ? m.group(3) : m.group(4);
			attributes.put(m.group(1).toLowerCase(), unescape(value));
		}
		return attributes;
	}

	private static String unescape(String value) {
		return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private static String encode(Map<String, String> fields) {
		var body = new StringBuilder();
		for (var field : fields.entrySet()) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	/** A short plain-text excerpt of a page: its error messages if it shows any, else the start of main. */
	static String snippet(String html) {
		if (html == null || html.isBlank()) {
			return "(empty body)";
		}
		var texts = new ArrayList<String>();
		Matcher m = ERROR_MARK.matcher(html);
		int end = 0;
		while (m.find() && texts.size() < 3) {
			if (m.start() < end) {
				continue;
			}
			end = Math.min(html.length(), m.start() + 1200);
			var text = text(html.substring(html.lastIndexOf('<', m.start()), end));
			if (!text.isEmpty()) {
				texts.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
			}
		}
		if (texts.isEmpty()) {
			int main = html.indexOf("<main");
			var text = text(html.substring(Math.max(0, main)));
			return text.length() > 300 ? text.substring(0, 300) + "…" : text;
		}
		return String.join(" | ", texts);
	}

	private static String text(String html) {
		return unescape(html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ")
			.replaceAll("\\s+", " ").strip());
	}

	private static void save(Path dir, String name, String body) {
		if (dir == null || body == null) {
			return;
		}
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name), body);
		}
		catch (IOException e) {
			System.out.println("could not save " + name + ": " + e);
		}
	}
}
