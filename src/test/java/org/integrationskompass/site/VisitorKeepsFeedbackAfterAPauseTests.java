package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.integrationskompass.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class VisitorKeepsFeedbackAfterAPauseTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheFormAgainWithTheTextWhenItsTokenHasExpired() {
		var visitor = new PortalClient(port);

		var page = visitor.post("/en/barrierefreiheit/rueckmeldung", Map.of("_csrf", "bm9uY2U.1000000000.c2lnbmF0dXJl",
				"message", "Ein langer, sorgsam geschriebener Text", "email", "slow@example.org"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("the form was open for too long")
			.contains("Ein langer, sorgsam geschriebener Text")
			.contains("value=\"slow@example.org\"")
			.containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void sendsTheRescuedFormNormallyTheSecondTime() {
		var visitor = new PortalClient(port);
		var rescued = visitor.post("/barrierefreiheit/rueckmeldung",
				Map.of("message", "Zweiter Versuch ohne Token"));
		var token = PortalClient.csrfTokenIn(rescued.body());

		var sent = visitor.post("/barrierefreiheit/rueckmeldung",
				Map.of("_csrf", token, "message", "Zweiter Versuch ohne Token"));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location")).get().asString().contains("gesendet");
	}

	@Test
	void stillRefusesAStaleTokenEverywhereElse() {
		var answer = new PortalClient(port).post("/anmelden", Map.of("username", "admin", "password", "x"));

		assertThat(answer.statusCode()).isEqualTo(403);
	}
}
