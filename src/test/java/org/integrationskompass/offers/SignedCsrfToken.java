package org.integrationskompass.offers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.integrationskompass.PortalClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Adds a real, signed CSRF token to a MockMvc request, as a browser would send it. Spring Security's own
 * {@code csrf()} post-processor swaps the CSRF repository of the shared filter for a session-based one, which then
 * also serves the real HTTP requests of the same application context.
 */
final class SignedCsrfToken {

	private SignedCsrfToken() {
	}

	static RequestPostProcessor from(MockMvc mvc) {
		try {
			var page = mvc.perform(get("/barrierefreiheit")).andReturn().getResponse().getContentAsString();
			var token = PortalClient.csrfTokenIn(page);
			return request -> {
				request.addParameter("_csrf", token);
				return request;
			};
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
