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
 * RSET, NOOP, QUIT. Run with the JDK's source launcher:
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
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// discard the message
						}
						int n = MESSAGES.incrementAndGet();
						synchronized (System.out) {
							System.out.println("mail " + n + " rcpt=" + recipient);
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

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}
}
