package org.integrationskompass.shared.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * The sockets of the SMTP client, with {@code TCP_NODELAY} set.
 *
 * <p>Jakarta Mail writes a command, or the end of a message, as a small segment and then waits for the server's
 * reply. With Nagle's algorithm on, such a segment waits until the previous one is acknowledged, and the server
 * acknowledges late (delayed ACK, 40 ms on Linux): sending was capped at about 20 messages a second per
 * connection, whatever the CPU could do. {@link MailConfiguration} installs this factory as
 * {@code mail.smtp.socketFactory}. Jakarta Mail asks it for an unconnected socket and connects that itself
 * (timeouts, local address); for {@code mail.smtp.ssl.enable} and STARTTLS it layers TLS over this plain socket, so
 * TLS keeps its own settings ({@code mail.smtp.ssl.*}) and the TCP connection underneath has no delay.
 */
public final class SmtpSockets extends SocketFactory {

	static final SmtpSockets INSTANCE = new SmtpSockets();

	private SmtpSockets() {
	}

	/** For {@code mail.smtp.socketFactory.class}, which Jakarta Mail resolves through a static getDefault(). */
	public static SocketFactory getDefault() {
		return INSTANCE;
	}

	@Override
	public Socket createSocket() throws SocketException {
		return noDelay(new Socket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(new Socket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(new Socket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws SocketException {
		socket.setTcpNoDelay(true);
		return socket;
	}
}
