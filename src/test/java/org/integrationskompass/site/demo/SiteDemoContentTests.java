package org.integrationskompass.site.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import org.integrationskompass.site.domain.Highlight;
import org.integrationskompass.site.domain.HighlightRepository;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo highlights appear on a first start of the embedded default, and never in production. */
class SiteDemoContentTests {

	private final HighlightRepository highlights = mock(HighlightRepository.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(HighlightRepository.class, () -> highlights)
		.withBean(Clock.class, Clock::systemUTC)
		.withUserConfiguration(DemoHighlights.class);

	@Test
	void runsWhenDemoContentIsEnabled() {
		runner.withPropertyValues("platform.demo.enabled=true")
			.run(context -> assertThat(context).hasSingleBean(DemoHighlights.class));
	}

	@Test
	void staysOffUnlessDemoContentIsEnabled() {
		runner.run(context -> assertThat(context).doesNotHaveBean(DemoHighlights.class));
		runner.withPropertyValues("platform.demo.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(DemoHighlights.class));
	}

	@Test
	void neverRunsUnderTheProdProfileEvenWhenEnabled() {
		runner.withPropertyValues("platform.demo.enabled=true", "spring.profiles.active=prod")
			.run(context -> assertThat(context).doesNotHaveBean(DemoHighlights.class));
	}

	@Test
	@SuppressWarnings("unchecked")
	void fillsAnEmptyHomePageAndLeavesTranslationGapsOnPurpose() {
		when(highlights.count()).thenReturn(0L);

		new DemoHighlights(highlights, Clock.systemUTC()).run(new DefaultApplicationArguments());

		ArgumentCaptor<List<Highlight>> saved = ArgumentCaptor.forClass(List.class);
		verify(highlights).saveAll(saved.capture());
		assertThat(saved.getValue()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(saved.getValue()).allSatisfy(h -> assertThat(h.title().get("de")).isPresent());
		assertThat(saved.getValue()).anySatisfy(h -> assertThat(h.title().get("ar")).isEmpty());
		assertThat(saved.getValue()).anySatisfy(h -> assertThat(h.title().get("en")).isEmpty());
	}

	@Test
	void leavesExistingHighlightsAlone() {
		when(highlights.count()).thenReturn(3L);

		new DemoHighlights(highlights, Clock.systemUTC()).run(new DefaultApplicationArguments());

		verify(highlights, never()).saveAll(any());
	}
}
