package org.integrationskompass.newsletter;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading what GreenMail received: mails per recipient, their plain and HTML parts, links and headers. */
final class NewsletterMails {

	private NewsletterMails() {
	}

	static List<MimeMessage> to(GreenMailExtension greenMail, String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	static String part(Part part, String type) {
		return find(part, type).orElseThrow(() -> new AssertionError("no " + type + " part"));
	}

	private static Optional<String> find(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return Optional.of(part.getContent().toString());
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (var i = 0; i < multipart.getCount(); i++) {
					var found = find(multipart.getBodyPart(i), type);
					if (found.isPresent()) {
						return found;
					}
				}
			}
			return Optional.empty();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String path(MimeMessage mail, String pattern) {
		var matcher = Pattern.compile("https?://[^/\\s]+(" + pattern + ")").matcher(part(mail, "text/plain"));
		if (!matcher.find()) {
			throw new AssertionError("no link " + pattern + " in the mail");
		}
		return matcher.group(1);
	}

	static String header(MimeMessage mail, String name) {
		try {
			var values = mail.getHeader(name);
			return values == null ? "" : values[0];
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
