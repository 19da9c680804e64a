import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP sink for bench/registration-storm: accepts every message, keeps nothing, and prints one line per
 * message ({@code mail <n> rcpt=<address>}) so that the script can count the mails the portal sent. Only what a
 * plain, unauthenticated SMTP client needs: HELO/EHLO (no extensions, so no STARTTLS or AUTH), MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT. The message itself is not kept; the line also tells its size, the one-click unsubscribe
 * address ({@code unsub=}, from {@code List-Unsubscribe}, {@code -} when missing), whether
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} was there ({@code post=1}) and whether a text/plain
 * and a text/html part were in it ({@code parts=plain+html}) and when it was received ({@code t=}, ms since the
 * epoch), for bench/newsletter. Run with the JDK's source
 * launcher:
 *
 * <pre>java bench/storm/SmtpSink.java PORT</pre>
 */
public class SmtpSink {

	private static final AtomicInteger MESSAGES = new AtomicInteger();

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args.length > 0 ? args[0] : "2525");
		try (var server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
			System.out.println("smtp sink listening on 127.0.0.1:" + port);
			System.out.flush();
			while (true) {
				var socket = server.accept();
				var thread = new Thread(() -> serve(socket), "smtp-" + socket.getPort());
				thread.setDaemon(true);
				thread.start();
			}
		}
	}

	private static void serve(Socket socket) {
		try (socket) {
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			var out = socket.getOutputStream();
			reply(out, "220 storm-sink ready");
			String recipient = "";
			String line;
			while ((line = in.readLine()) != null) {
				var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "HELO", "EHLO" -> reply(out, "250 storm-sink");
					case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
					case "RCPT" -> {
						recipient = line.replaceFirst("(?i)^RCPT TO:\\s*", "").replaceAll("[<>]", "");
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 end with <CRLF>.<CRLF>");
						var message = new MessageFacts();
						while ((line = in.readLine()) != null && !line.equals(".")) {
							message.line(line);
						}
						int n = MESSAGES.incrementAndGet();
						synchronized (System.out) {
							System.out.println("mail " + n + " rcpt=" + recipient + message + " t=" + System.currentTimeMillis());
							System.out.flush();
						}
						reply(out, "250 OK message " + n);
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "502 command not implemented");
				}
			}
		}
		catch (IOException e) {
			// the client hung up; nothing to keep
		}
	}

	/** What the benchmarks check of a message, gathered line by line (the message is not kept). */
	private static final class MessageFacts {

		private long bytes;

		private boolean inHeader = true;

		private String unsubscribe = "-";

		private boolean oneClick;

		private boolean plain;

		private boolean html;

		void line(String line) {
			bytes += line.length() + 2;
			if (inHeader) {
				if (line.isEmpty()) {
					inHeader = false;
				}
				else if (line.regionMatches(true, 0, "List-Unsubscribe:", 0, 17)) {
					unsubscribe = line.substring(17).strip().replaceAll("[<>]", "");
				}
				else if (line.regionMatches(true, 0, "List-Unsubscribe-Post:", 0, 22)) {
					oneClick = line.substring(22).strip().equals("List-Unsubscribe=One-Click");
				}
			}
			if (!line.isEmpty() && (line.charAt(0) == 'C' || line.charAt(0) == 'c')
					&& line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
				var type = line.substring(13).strip().toLowerCase();
				plain |= type.startsWith("text/plain");
				html |= type.startsWith("text/html");
			}
		}

		@Override
		public String toString() {
			var parts = plain && html ? "plain+html" : plain ? "plain" : html ? "html" : "none";
			return " bytes=" + bytes + " unsub=" + unsubscribe + " post=" + (oneClick ? 1 : 0) + " parts=" + parts;
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}
}
