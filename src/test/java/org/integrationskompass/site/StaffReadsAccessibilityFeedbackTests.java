package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.integrationskompass.site.domain.AccessibilityFeedback;
import org.integrationskompass.site.domain.AccessibilityFeedbackRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Editors read the feedback in the back office; whatever a visitor typed is shown as text, never run. */
@SiteIntegrationTest
class StaffReadsAccessibilityFeedbackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessibilityFeedbackRepository feedback;

	@Test
	@WithMockUser(roles = "EDITOR")
	void showsAStoredScriptEscaped() throws Exception {
		// Stored directly, as if it had slipped past the form's check: the page must still not run it.
		feedback.save(new AccessibilityFeedback("<script>alert('x')</script>\nzweite Zeile", "javascript:alert(1)",
				"<img src=x onerror=alert(3)>", "evil@example.org", "de", Instant.now()));

		var page = mvc.perform(get("/admin/rueckmeldungen"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(3)&gt;")
			.doesNotContain("<script>alert").doesNotContain("<img src=x");
		assertThat(page).as("multi-line messages keep their lines").contains("ik-pre-wrap");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsTheNewestFeedbackFirstWithItsMailStatus() throws Exception {
		var now = Instant.now();
		feedback.save(new AccessibilityFeedback("Ältere Meldung zur Tastatur", null, null, null, "de",
				now.minus(3, ChronoUnit.DAYS)));
		feedback.save(new AccessibilityFeedback("Neuere Meldung zur Tastatur", null, null, "neu@example.org", "en",
				now.plus(1, ChronoUnit.MINUTES)));

		var page = mvc.perform(get("/admin/rueckmeldungen"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page.indexOf("Neuere Meldung")).isLessThan(page.indexOf("Ältere Meldung"));
		assertThat(page).contains("noch nicht versendet – wird erneut versucht")
			.contains("nicht nötig (keine Adresse angegeben)")
			.contains("href=\"mailto:neu@example.org\"");
	}

	@Test
	@WithMockUser(roles = "FACHSTELLE")
	void refusesStaffWithoutTheEditorRole() throws Exception {
		mvc.perform(get("/admin/rueckmeldungen")).andExpect(status().isForbidden());
	}

	@Test
	void sendsAnonymousVisitorsToTheSignInPage() throws Exception {
		mvc.perform(get("/admin/rueckmeldungen")).andExpect(status().isFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void offersTheSectionOnTheEditorsDashboard() throws Exception {
		var page = mvc.perform(get("/admin"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("href=\"/admin/rueckmeldungen\"")
			.contains("Rückmeldungen zur Barrierefreiheit lesen und beantworten.");
	}
}
