package org.integrationskompass.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationskompass.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheServerErrorPageInTheDesignWithoutDetails() {
		var page = new PortalClient(port).get("/en/test-failure");

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body())
			.contains("<html lang=\"en\" dir=\"ltr\">")
			.contains("Something went wrong")
			.contains("kern.min.css")
			.doesNotContain("secret detail")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void answersAMissingThingWithTheNotFoundPage() {
		var page = new PortalClient(port).get("/test-missing");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Seite nicht gefunden");
	}

	@TestConfiguration
	static class FailingEndpoints {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}
	}

	@RestController
	static class FailingController {

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

		@GetMapping("/test-missing")
		String missing() {
			throw new NotFoundException("nothing here");
		}
	}
}
