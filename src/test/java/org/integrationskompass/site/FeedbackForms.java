package org.integrationskompass.site;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.integrationskompass.PortalClient;
import org.springframework.test.web.servlet.MockMvc;

/** Fetches the feedback page the way a browser does, to post its form with the CSRF token it really carries. */
public final class FeedbackForms {

	private FeedbackForms() {
	}

	/** @param prefix the language prefix, {@code ""} for German or {@code "/en"} */
	public static String csrfToken(MockMvc mvc, String prefix) throws Exception {
		var page = mvc.perform(get(prefix + "/barrierefreiheit")).andReturn().getResponse().getContentAsString();
		return PortalClient.csrfTokenIn(page);
	}
}
