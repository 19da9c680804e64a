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
 * gate, opens it, and posts every form once (to the instance the form came from), without following redirects,
 * through {@link Wire} (a minimal HTTP/1.1 writer with keep-alive connections; the JDK client was a fifth of the
 * machine's CPU in this phase).
 * A POST counts as registered when it answers 302/303 with a Location containing {@code success=}; 5xx or an I/O
 * error count as server errors; anything else (200 with the form shown again, 4xx, another redirect) as rejected.
 * <p>
 * No dependencies, Java 17 (platform threads, java.net.http). Arguments are key=value:
 *
 * <pre>
 * java bench/storm/Storm.java urls=http://127.0.0.1:18091,http://127.0.0.1:18092 \
 *     path=/veranstaltungen/storm-bench/anmeldung attempts=2000 concurrency=200 \
 *     [prefix=storm] [success=/veranstaltungen/anmeldung/] [timeout=60] [dump=DIR] [pids=PID,PID]
 * </pre>
 *
 * With {@code pids} (the instances' process ids) it also prints where the CPU went during the post phase, from
 * {@code /proc}: the instances' threads by kind (requests, JIT compiler, GC, mail senders), the load generator,
 * PostgreSQL and everything else on the machine.
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
		var pids = options.containsKey("pids") ? Arrays.asList(options.get("pids").split(",")) : List.<String>of();

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
			storm(usable, attemptsWanted, pool, concurrency, prefix, success, timeout, dump, pids);
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
			String prefix, String success, Duration timeout, Path dump, List<String> pids) throws Exception {
		// Every registrant is a different visitor: no connection is left over from phase 1 (Wire opens its own).
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
				var body = encode(fields).getBytes(StandardCharsets.US_ASCII);
				var target = URI.create(attempt.url);
				gate.await();
				var started = System.nanoTime();
				try {
					var response = Wire.post(target, body, (int) timeout.toMillis());
					attempt.nanos = System.nanoTime() - started;
					attempt.status = response.status();
					attempt.location = response.location();
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
		var cpuBefore = CpuTime.read(pids);
		var started = System.nanoTime();
		gate.countDown();
		for (var future : futures) {
			future.get();
		}
		var seconds = (System.nanoTime() - started) / 1e9;
		var cpuAfter = CpuTime.read(pids);

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
		if (!pids.isEmpty()) {
			System.out.println(CpuTime.report(cpuBefore, cpuAfter, seconds, registered));
		}
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

	/**
	 * CPU time of the instances' threads (by kind) and of the whole machine over the post phase, read from
	 * {@code /proc}: where the cores went while the registrations came in.
	 */
	static final class CpuTime {

		// clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux)
		private static final double TICKS = 100.0;

		static Map<String, Long> read(List<String> pids) throws IOException {
			var groups = new TreeMap<String, Long>();
			if (pids.isEmpty()) {
				return groups;
			}
			for (var pid : pids) {
				try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
					for (var task : (Iterable<Path>) tasks::iterator) {
						String stat;
						try {
							stat = Files.readString(task.resolve("stat"));
						}
						catch (IOException threadEnded) {
							continue;
						}
						var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
						groups.merge(group(name), ticks(stat), Long::sum);
					}
				}
			}
			var cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < cpu.length; i++) {
				if (i != 4 && i != 5) { // idle and iowait
					busy += Long.parseLong(cpu[i]);
				}
			}
			groups.put("~machine", busy);
			groups.put("~client", processTicks(Path.of("/proc/self")));
			long postgres = 0;
			try (var processes = Files.list(Path.of("/proc"))) {
				for (var process : (Iterable<Path>) processes::iterator) {
					if (process.getFileName().toString().chars().allMatch(Character::isDigit)) {
						try {
							if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
								postgres += processTicks(process);
							}
						}
						catch (IOException processEnded) {
							// gone between listing and reading
						}
					}
				}
			}
			groups.put("~postgres", postgres);
			return groups;
		}

		private static long processTicks(Path process) throws IOException {
			return ticks(Files.readString(process.resolve("stat")));
		}

		/** utime + stime of a process's or thread's stat line (fields 14 and 15; the name may hold spaces). */
		private static long ticks(String stat) {
			var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}

		private static String group(String thread) {
			if (thread.startsWith("http-nio") || thread.startsWith("tomcat-handler")) {
				return "requests";
			}
			if (thread.contains("CompilerThre")) {
				return "JIT compiler";
			}
			if (thread.startsWith("VM Thread") || thread.startsWith("GC ")) {
				return "GC and VM";
			}
			if (thread.startsWith("event-mail")) {
				return "mail senders";
			}
			return "other threads";
		}

		static String report(Map<String, Long> before, Map<String, Long> after, double seconds, int registered) {
			var text = new StringBuilder(String.format(java.util.Locale.ROOT,
					"cpu: machine busy %.1f core-s in %.1f s;", delta(before, after, "~machine"), seconds));
			double instances = 0;
			for (var group : after.keySet()) {
				if (!group.startsWith("~")) {
					var used = delta(before, after, group);
					instances += used;
					text.append(String.format(java.util.Locale.ROOT, " %s %.1f s;", group, used));
				}
			}
			text.append(String.format(java.util.Locale.ROOT, " instances %.1f core-s = %.2f ms per registration;"
					+ " load generator %.1f core-s; PostgreSQL %.1f core-s", instances,
					registered == 0 ? 0 : instances * 1000 / registered, delta(before, after, "~client"),
					delta(before, after, "~postgres")));
			text.append(String.format(java.util.Locale.ROOT, "; everything else on the machine %.1f core-s",
					delta(before, after, "~machine") - instances - delta(before, after, "~client")
							- delta(before, after, "~postgres")));
			return text.toString();
		}

		private static double delta(Map<String, Long> before, Map<String, Long> after, String group) {
			return (after.getOrDefault(group, 0L) - before.getOrDefault(group, 0L)) / TICKS;
		}
	}

	/**
	 * Just enough HTTP/1.1 for the post phase: one keep-alive connection per client thread and instance, a request
	 * written in one go, the status, {@code Location} and body read back (fixed length or chunked). The JDK's
	 * HttpClient used about 1 ms of CPU per POST here — a fifth of what two shared cores can spend on a
	 * registration at 500/s — and this load generator runs on the cores it measures.
	 */
	static final class Wire {

		record Response(int status, String location, String body) {
		}

		private static final ThreadLocal<Map<String, Connection>> CONNECTIONS = ThreadLocal.withInitial(TreeMap::new);

		static Response post(URI target, byte[] body, int timeoutMillis) throws IOException {
			var authority = target.getHost() + ":" + target.getPort();
			var connections = CONNECTIONS.get();
			var connection = connections.get(authority);
			if (connection == null) {
				connection = new Connection(target, timeoutMillis);
				connections.put(authority, connection);
			}
			try {
				var head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + authority
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept-Language: de\r\n"
						+ "Content-Length: " + body.length + "\r\n\r\n";
				var request = new java.io.ByteArrayOutputStream(head.length() + body.length);
				request.write(head.getBytes(StandardCharsets.US_ASCII));
				request.write(body);
				connection.out.write(request.toByteArray());
				connection.out.flush();
				var response = connection.read();
				if (connection.closeAfter) {
					connection.close();
					connections.remove(authority);
				}
				return response;
			}
			catch (IOException e) {
				connection.close();
				connections.remove(authority);
				throw e;
			}
		}

		private static final class Connection {

			private final java.net.Socket socket;

			private final java.io.InputStream in;

			private final java.io.OutputStream out;

			private boolean closeAfter;

			Connection(URI target, int timeoutMillis) throws IOException {
				socket = new java.net.Socket();
				socket.setTcpNoDelay(true);
				socket.connect(new java.net.InetSocketAddress(target.getHost(), target.getPort()), timeoutMillis);
				socket.setSoTimeout(timeoutMillis);
				in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
				out = new java.io.BufferedOutputStream(socket.getOutputStream(), 8192);
			}

			Response read() throws IOException {
				var statusLine = line();
				if (statusLine == null) {
					throw new IOException("connection closed before a response");
				}
				var parts = statusLine.split(" ", 3);
				int status = Integer.parseInt(parts[1]);
				var location = "";
				long length = -1;
				boolean chunked = false;
				closeAfter = false;
				for (var header = line(); header != null && !header.isEmpty(); header = line()) {
					var colon = header.indexOf(':');
					var name = header.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
					var value = header.substring(colon + 1).trim();
					switch (name) {
						case "location" -> location = value;
						case "content-length" -> length = Long.parseLong(value);
						case "transfer-encoding" -> chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
						case "connection" -> closeAfter = value.equalsIgnoreCase("close");
						default -> {
						}
					}
				}
				var body = new java.io.ByteArrayOutputStream();
				if (chunked) {
					for (long size = chunkSize(); size > 0; size = chunkSize()) {
						copy(size, body);
						line();
					}
					while (true) { // trailers up to the empty line
						var trailer = line();
						if (trailer == null || trailer.isEmpty()) {
							break;
						}
					}
				}
				else if (length >= 0) {
					copy(length, body);
				}
				else {
					in.transferTo(body);
					closeAfter = true;
				}
				return new Response(status, location, body.toString(StandardCharsets.UTF_8));
			}

			private long chunkSize() throws IOException {
				var size = line();
				if (size == null) {
					throw new IOException("connection closed in a chunked body");
				}
				var semicolon = size.indexOf(';');
				return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
			}

			private void copy(long length, java.io.OutputStream to) throws IOException {
				var buffer = new byte[8192];
				while (length > 0) {
					int n = in.read(buffer, 0, (int) Math.min(buffer.length, length));
					if (n < 0) {
						throw new IOException("connection closed in the body");
					}
					to.write(buffer, 0, n);
					length -= n;
				}
			}

			private String line() throws IOException {
				var text = new StringBuilder(64);
				for (int c = in.read(); c >= 0; c = in.read()) {
					if (c == '\n') {
						int end = text.length();
						return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
					}
					text.append((char) c);
				}
				return text.length() == 0 ? null : text.toString();
			}

			void close() {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// closing a broken connection
				}
			}
		}
	}
}
