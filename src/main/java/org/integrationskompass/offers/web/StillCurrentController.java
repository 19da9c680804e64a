package org.integrationskompass.offers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.integrationskompass.offers.domain.OfferFreshness;
import org.integrationskompass.offers.domain.OfferFreshness.Link;
import org.integrationskompass.offers.domain.OfferFreshness.LinkState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click link of the freshness reminder. Opening it shows the offer and one button and changes nothing (mail
 * scanners open links); the button confirms the offer. A used link answers 410 with the day it was confirmed, an
 * unknown or altered one 404; both are logged. Like the password reset pages: not cached, not indexed, no referrer.
 */
@Controller
class StillCurrentController {

	private static final Logger log = LoggerFactory.getLogger(StillCurrentController.class);

	private final OfferFreshness freshness;

	StillCurrentController(OfferFreshness freshness) {
		this.freshness = freshness;
	}

	@GetMapping(OfferFreshness.LINK_PATH + "{token}")
	String page(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		privatePage(response);
		var link = freshness.check(token);
		if (link.state() != LinkState.VALID) {
			return invalid(link, token, response, locale, model);
		}
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("lastConfirmedText", text(link.lastConfirmedOn(), locale));
		return "offers/still-current";
	}

	@PostMapping(OfferFreshness.LINK_PATH + "{token}")
	String confirm(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		privatePage(response);
		var link = freshness.confirm(token);
		if (link.state() != LinkState.CONFIRMED) {
			return invalid(link, token, response, locale, model);
		}
		model.addAttribute("link", link);
		model.addAttribute("confirmedText", text(link.confirmedOn(), locale));
		return "offers/still-current-done";
	}

	private static String invalid(Link link, String token, HttpServletResponse response, Locale locale, Model model) {
		var gone = link.state() == LinkState.GONE;
		if (gone) {
			log.info("Used freshness link opened again (offer {}, confirmed on {})", link.slug(), link.confirmedOn());
		}
		else {
			log.warn("Unknown or altered freshness link opened ({} characters)", token.length());
		}
		response.setStatus(gone ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("link", link);
		model.addAttribute("gone", gone);
		model.addAttribute("confirmedText", text(link.confirmedOn(), locale));
		return "offers/still-current-invalid";
	}

	private static @Nullable String text(@Nullable LocalDate day, Locale locale) {
		return day == null ? null : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}
}
