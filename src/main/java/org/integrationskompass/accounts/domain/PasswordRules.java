package org.integrationskompass.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a password chosen by a person must be: at least {@value #MIN_LENGTH} characters (length beats complexity
 * rules, as NIST SP 800-63B and the BSI advise), at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no more,
 * and Spring Security refuses longer ones), and not the login name.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** Message keys of the rules the password breaks; empty when it is fine. */
	public static List<String> problems(String password, String login) {
		var problems = new ArrayList<String>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("accounts.resetPassword.password.tooShort");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("accounts.resetPassword.password.tooLong");
		}
		if (Account.normaliseLogin(password).equals(login)) {
			problems.add("accounts.resetPassword.password.isLogin");
		}
		return problems;
	}
}
