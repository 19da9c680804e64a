package org.integrationskompass.backoffice.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: one card per section the staff member may use. */
@Controller
class DashboardController {

	@GetMapping("/admin")
	String dashboard() {
		return "backoffice/dashboard";
	}
}
