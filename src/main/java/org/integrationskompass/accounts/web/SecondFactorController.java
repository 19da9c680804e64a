package org.integrationskompass.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.integrationskompass.accounts.domain.SecondFactors;
import org.integrationskompass.accounts.domain.SecondFactors.Check;
import org.integrationskompass.accounts.security.SecondFactorSignIn;
import org.integrationskompass.accounts.security.Throttle;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in for administrators and editors (see {@link SecondFactorSignIn}): the code from the
 * authenticator app (or a recovery code), and, for an account without a factor yet, its enrolment. The secret
 * offered for enrolment lives in the session until a first code confirms it, so reloading the page keeps the one
 * already typed into the app. Every page here is private ({@code Cache-Control: no-store}). Refusals are logged;
 * wrong codes count against the sign-in limits.
 */
@Controller
class SecondFactorController {

	private static final String ENROLMENT_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	private final SecondFactorSignIn signIn;

	SecondFactorController(SecondFactors secondFactors, SecondFactorSignIn signIn) {
		this.secondFactors = secondFactors;
		this.signIn = signIn;
	}

	/** The enrolment secret offered to one login name, kept in the session until confirmed. */
	private record OfferedSecret(String login, String secret) implements Serializable {
	}

	@GetMapping(SecondFactorSignIn.CODE_PAGE)
	String codeForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		var login = SecondFactorSignIn.pendingLogin();
		if (login.isEmpty()) {
			return redirect(request, "/anmelden");
		}
		if (!secondFactors.isEnrolled(login.get())) {
			return redirect(request, SecondFactorSignIn.ENROLMENT_PAGE);
		}
		model.addAttribute("form", SecondFactorForm.empty());
		return codePage(response);
	}

	@PostMapping(SecondFactorSignIn.CODE_PAGE)
	String checkCode(@Valid @ModelAttribute("form") SecondFactorForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response) {
		var login = SecondFactorSignIn.pendingLogin();
		if (login.isEmpty()) {
			return redirect(request, "/anmelden");
		}
		if (!secondFactors.isEnrolled(login.get())) {
			return redirect(request, SecondFactorSignIn.ENROLMENT_PAGE);
		}
		if (errors.hasErrors() || form.code() == null || throttled(login.get(), request, response, errors)) {
			return codePage(response);
		}
		Check check;
		try {
			check = secondFactors.check(login.get(), form.code());
		}
		catch (DataAccessException concurrentUseOfTheSameCode) {
			check = Check.REPLAYED;
		}
		switch (check) {
			case ACCEPTED -> {
				return "redirect:" + signIn.complete(request, response, "app code");
			}
			case RECOVERY_CODE_USED -> {
				return "redirect:" + signIn.complete(request, response, "recovery code");
			}
			case REPLAYED -> {
				signIn.refused(login.get(), request, "code of a step already used");
				errors.rejectValue("code", "accounts.secondFactor.code.replayed");
			}
			case WRONG -> {
				signIn.refused(login.get(), request, "wrong code");
				errors.rejectValue("code", "accounts.secondFactor.code.wrong");
			}
		}
		return codePage(response);
	}

	@GetMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String enrolmentForm(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		var login = SecondFactorSignIn.pendingLogin();
		if (login.isEmpty()) {
			return redirect(request, "/anmelden");
		}
		if (secondFactors.isEnrolled(login.get())) {
			return redirect(request, SecondFactorSignIn.CODE_PAGE);
		}
		model.addAttribute("form", SecondFactorForm.empty());
		return enrolmentPage(login.get(), offeredSecret(session, login.get()), response, model);
	}

	@PostMapping(SecondFactorSignIn.ENROLMENT_PAGE)
	String enrol(@Valid @ModelAttribute("form") SecondFactorForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		var login = SecondFactorSignIn.pendingLogin();
		if (login.isEmpty()) {
			return redirect(request, "/anmelden");
		}
		if (secondFactors.isEnrolled(login.get())) {
			return redirect(request, SecondFactorSignIn.CODE_PAGE);
		}
		var secret = offeredSecret(session, login.get());
		if (errors.hasErrors() || form.code() == null || throttled(login.get(), request, response, errors)) {
			return enrolmentPage(login.get(), secret, response, model);
		}
		Optional<List<String>> recoveryCodes;
		try {
			recoveryCodes = secondFactors.enrol(login.get(), secret, form.code());
		}
		catch (DataAccessException enrolledInTheMeantime) {
			recoveryCodes = Optional.empty();
		}
		if (recoveryCodes.isEmpty()) {
			signIn.refused(login.get(), request, "wrong code at enrolment");
			errors.rejectValue("code", "accounts.secondFactor.code.wrong");
			return enrolmentPage(login.get(), secret, response, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		// Links in templates get the language prefix from the link builder.
		model.addAttribute("next",
				signIn.complete(request, response, "enrolment").substring(RequestLanguage.prefix(request).length()));
		noStore(response);
		return "accounts/recovery-codes";
	}

	private boolean throttled(String login, HttpServletRequest request, HttpServletResponse response,
			BindingResult errors) {
		var refusal = signIn.tryAttempt(login, request);
		if (refusal.isEmpty()) {
			return false;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(Math.max(1, refusal.get().retryAfter().toSeconds())));
		errors.reject("accounts.secondFactor.tooMany",
				new Object[] { Long.toString(Throttle.minutes(refusal.get().retryAfter())) }, null);
		return true;
	}

	private String offeredSecret(HttpSession session, String login) {
		if (session.getAttribute(ENROLMENT_SECRET) instanceof OfferedSecret offered && offered.login().equals(login)) {
			return offered.secret();
		}
		var secret = secondFactors.newSecret();
		session.setAttribute(ENROLMENT_SECRET, new OfferedSecret(login, secret));
		return secret;
	}

	private String codePage(HttpServletResponse response) {
		noStore(response);
		return "accounts/second-factor";
	}

	private String enrolmentPage(String login, String secret, HttpServletResponse response, Model model) {
		model.addAttribute("secret", secret);
		model.addAttribute("secretGroups", String.join(" ", secret.split("(?<=\\G.{4})")));
		var uri = SecondFactors.otpauthUri(login, secret);
		model.addAttribute("otpauthUri", uri);
		model.addAttribute("qrCode", QrCode.of(uri).svgDataUri());
		noStore(response);
		return "accounts/second-factor-enrolment";
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	private static String redirect(HttpServletRequest request, String path) {
		return "redirect:" + RequestLanguage.prefix(request) + path;
	}
}
