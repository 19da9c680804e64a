package org.integrationskompass.shared.mail;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to render and send.
 *
 * @param to recipient address
 * @param locale language of the mail (the recipient's, not the sender's)
 * @param subjectKey message key of the subject; {@code subjectArgs} fill its placeholders
 * @param template template name without suffix, e.g. {@code site/mail/feedback-received}; both
 * {@code <template>.html} (HTML part) and {@code <template>.txt} (plain-text part) must exist
 * @param variables template variables; {@code baseUrl} is added for absolute links
 */
public record OutgoingMail(String to, Locale locale, String subjectKey, Object[] subjectArgs, String template,
		Map<String, Object> variables) {
}
