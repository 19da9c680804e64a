package org.integrationskompass.site.demo;

import static org.integrationskompass.shared.demo.DemoTexts.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.shared.demo.DemoContent;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.domain.LinkAdministration;
import org.integrationskompass.site.domain.LinkDetails;
import org.integrationskompass.site.domain.LinkEntryRepository;
import org.integrationskompass.site.domain.LinkSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * About a hundred links to home pages of federal, state and municipal institutions and well-known organisations, in
 * categories, from {@code site/demo/links.txt}. They are first checked one check interval after loading (or when an
 * editor presses "check now"), so that starting the portal, and any test that loads demo content, requests nothing.
 */
@Component
@DemoContent
@Order(120)
class DemoLinks implements ApplicationRunner {

	private final LinkEntryRepository links;

	private final LinkAdministration administration;

	private final LinkSettings settings;

	DemoLinks(LinkEntryRepository links, LinkAdministration administration, LinkSettings settings) {
		this.links = links;
		this.administration = administration;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (links.count() > 0 || !administration.categories().isEmpty()) {
			return;
		}
		var categories = new LinkedHashMap<String, UUID>();
		var names = List.of(
				List.of("bund", "Bund", "Federal government", "الحكومة الاتحادية"),
				List.of("land", "Land Hessen", "State of Hesse", "ولاية هسن"),
				List.of("kommunen", "Städte, Kreise und Gemeinden", "Towns, districts and municipalities", "المدن والدوائر والبلديات"),
				List.of("beratung", "Beratung und Hilfe", "Counselling and help", "الاستشارة والمساعدة"),
				List.of("sprache-bildung", "Sprache und Bildung", "Language and education", "اللغة والتعليم"),
				List.of("arbeit", "Arbeit und Beruf", "Work and careers", "العمل والمهنة"),
				List.of("gesundheit", "Gesundheit", "Health", "الصحة"),
				List.of("zivilgesellschaft", "Vereine und Engagement", "Associations and volunteering", "الجمعيات والتطوع"),
				List.of("wissen", "Forschung und Zahlen", "Research and figures", "الأبحاث والأرقام"));
		var position = 10;
		for (var name : names) {
			categories.put(name.get(0), administration.createCategory(name.get(0), text(name.get(1), name.get(2), name.get(3)),
					position).id());
			position += 10;
		}
		for (var line : lines()) {
			var parts = line.split("\\|", 4);
			administration.createUnchecked(new LinkDetails(LocalizedText.german(parts[1]), parts[2],
					LocalizedText.german(parts[3])), List.of(categories.get(parts[0])), settings.checkInterval());
		}
	}

	private static List<String> lines() {
		try (var in = new ClassPathResource("site/demo/links.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}
}
