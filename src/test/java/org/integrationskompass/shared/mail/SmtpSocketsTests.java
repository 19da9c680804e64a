package org.integrationskompass.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Transport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.ReflectionUtils;

/**
 * The SMTP client's sockets have TCP_NODELAY: without it, Nagle's algorithm and the server's delayed ACK held the
 * end of every message for up to 40 ms and capped sending at about 20 messages a second (bench/newsletter).
 * Checked on the socket Jakarta Mail really connects with, for plain SMTP and for SMTP over TLS.
 */
class SmtpSocketsTests {

	private static final ServerSetup SMTP = new ServerSetup(18110, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private static final ServerSetup SMTPS = new ServerSetup(18111, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS);

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup[] { SMTP, SMTPS });

	@Test
	void socketsItMakesHaveNoDelay() throws Exception {
		try (var unconnected = SmtpSockets.getDefault().createSocket();
				var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				var connected = SmtpSockets.getDefault().createSocket(InetAddress.getLoopbackAddress(),
						server.getLocalPort())) {
			assertThat(unconnected.getTcpNoDelay()).isTrue();
			assertThat(connected.getTcpNoDelay()).isTrue();
		}
	}

	@Test
	void theMailSenderConnectsWithNoDelayAndDelivers() throws Exception {
		var sender = configured(sender("smtp", SMTP.getPort()));
		assertThat(connect(sender, "smtp")).isEqualTo(new Connected(true, false));

		sender.send(mail());
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void tlsStillWorksAndItsConnectionHasNoDelay() throws Exception {
		// smtps (TLS from the start) and smtp with mail.smtp.ssl.enable: Jakarta Mail layers TLS over our socket
		var smtps = configured(sender("smtps", SMTPS.getPort()));
		// GreenMail's self-signed certificate names no host: trusted here, and that the check ran (and had to be
		// switched off) shows that the TLS settings still apply over our socket
		smtps.getJavaMailProperties().setProperty("mail.smtps.ssl.trust", "*");
		smtps.getJavaMailProperties().setProperty("mail.smtps.ssl.checkserveridentity", "false");
		assertThat(connect(smtps, "smtps")).isEqualTo(new Connected(true, true));

		var sslEnabled = configured(sender("smtp", SMTPS.getPort()));
		sslEnabled.getJavaMailProperties().setProperty("mail.smtp.ssl.enable", "true");
		sslEnabled.getJavaMailProperties().setProperty("mail.smtp.ssl.trust", "*");
		sslEnabled.getJavaMailProperties().setProperty("mail.smtp.ssl.checkserveridentity", "false");
		assertThat(connect(sslEnabled, "smtp")).isEqualTo(new Connected(true, true));

		smtps.send(mail());
		sslEnabled.send(mail());
		assertThat(greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void withoutTheConfigurationTheSocketHasNagle() throws Exception {
		// the control: what the test above would see without MailConfiguration
		assertThat(connect(sender("smtp", SMTP.getPort()), "smtp")).isEqualTo(new Connected(false, false));
	}

	@Test
	void aSocketFactoryOrSocksProxyOfTheConfigurationIsLeftAlone() {
		var own = new Properties();
		own.setProperty("mail.smtp.socketFactory.class", "com.example.OwnFactory");
		own.setProperty("mail.smtps.socks.host", "proxy.example");
		MailConfiguration.noDelay(own);
		assertThat(own).doesNotContainKeys("mail.smtp.socketFactory", "mail.smtps.socketFactory");

		var plain = new Properties();
		MailConfiguration.noDelay(plain);
		assertThat(plain.get("mail.smtp.socketFactory")).isSameAs(SmtpSockets.getDefault());
		assertThat(plain.get("mail.smtps.socketFactory")).isSameAs(SmtpSockets.getDefault());
		assertThat(plain.getProperty("mail.smtp.socketFactory.fallback")).isEqualTo("false");
	}

	private static JavaMailSenderImpl sender(String protocol, int port) {
		var sender = new JavaMailSenderImpl();
		sender.setProtocol(protocol);
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		// as application.properties sets them (writetimeout wraps the socket in Jakarta Mail's WriteTimeoutSocket)
		sender.getJavaMailProperties().setProperty("mail." + protocol + ".connectiontimeout", "5000");
		sender.getJavaMailProperties().setProperty("mail." + protocol + ".timeout", "5000");
		sender.getJavaMailProperties().setProperty("mail." + protocol + ".writetimeout", "5000");
		return sender;
	}

	private static JavaMailSenderImpl configured(JavaMailSenderImpl sender) {
		return (JavaMailSenderImpl) MailConfiguration.smtpSocketsWithoutDelay()
			.postProcessBeforeInitialization(sender, "mailSender");
	}

	/** The socket Jakarta Mail's SMTP transport connected with, as seen while connected. */
	private record Connected(boolean noDelay, boolean tls) {
	}

	/** Connects as the sender does and looks at the transport's socket (a private field; there is no accessor). */
	private static Connected connect(JavaMailSenderImpl sender, String protocol) throws Exception {
		Transport transport = sender.getSession().getTransport(protocol);
		transport.connect(sender.getHost(), sender.getPort(), null, null);
		try {
			var field = ReflectionUtils.findField(transport.getClass(), "serverSocket");
			assertThat(field).as("SMTPTransport.serverSocket").isNotNull();
			ReflectionUtils.makeAccessible(field);
			var socket = (Socket) field.get(transport);
			return new Connected(socket.getTcpNoDelay(), socket instanceof SSLSocket);
		}
		finally {
			transport.close();
		}
	}

	private static SimpleMailMessage mail() {
		var mail = new SimpleMailMessage();
		mail.setFrom("integrationskompass@localhost");
		mail.setTo("leser@example.org");
		mail.setSubject("Integrationsbrief");
		mail.setText("Hallo");
		return mail;
	}
}
