package org.integrationskompass.site;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** The decoded text of every text part of a mail (plain and HTML), so tests need not parse MIME or quoted-printable. */
public final class MailContents {

	private MailContents() {
	}

	public static String textOf(Part part) {
		try {
			if (part.isMimeType("text/*")) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				var text = new StringBuilder();
				for (var i = 0; i < multipart.getCount(); i++) {
					text.append(textOf(multipart.getBodyPart(i))).append('\n');
				}
				return text.toString();
			}
			return "";
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Unreadable mail", e);
		}
	}
}
