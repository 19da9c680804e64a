package org.integrationskompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Message bundles and templates stay translatable: German (the base bundle) and English have the same keys in
 * every module; every other language may be incomplete (it falls back to German) but has no keys German lacks,
 * except the bundles of the page shell, which Arabic covers completely so right-to-left is proven everywhere.
 * Keys start with their module's name, and templates contain no literal text.
 */
class I18nBundleTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Bundles of the public shell and back-office shell that every shell language must cover completely. */
	private static final Set<String> SHELL = Set.of("messages", "site", "accounts", "backoffice");

	private static final Set<String> SHELL_LANGUAGES = Set.of("ar");

	/** Shared keys; {@code typeMismatch} is the code Spring uses when a value cannot be converted (e.g. an unknown role). */
	private static final List<String> SHARED_PREFIXES = List.of("layout.", "common.", "validation.", "error.", "typeMismatch");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|aria-description|aria-roledescription|label)\\s*=\\s*\"([^\"]*)\"");

	@Test
	void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
		var problems = new ArrayList<String>();
		bundles().forEach((module, languages) -> {
			var german = languages.get("de");
			var english = languages.get("en");
			if (english == null) {
				problems.add(module + ": no English bundle");
				return;
			}
			difference(german, english).forEach(key -> problems.add(module + "_en lacks " + key));
			difference(english, german).forEach(key -> problems.add(module + " (German) lacks " + key));
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void otherLanguagesHaveNoKeysGermanLacksAndShellLanguagesAreComplete() throws IOException {
		var problems = new ArrayList<String>();
		bundles().forEach((module, languages) -> languages.forEach((language, keys) -> {
			if (language.equals("de")) {
				return;
			}
			var german = languages.get("de");
			difference(keys, german).forEach(key -> problems.add(module + "_" + language + " has stray key " + key));
			if (SHELL.contains(module) && SHELL_LANGUAGES.contains(language)) {
				difference(german, keys).forEach(key -> problems.add(module + "_" + language + " lacks " + key));
			}
		}));
		bundles().forEach((module, languages) -> {
			if (SHELL.contains(module)) {
				SHELL_LANGUAGES.stream().filter(l -> !languages.containsKey(l))
					.forEach(l -> problems.add(module + " has no " + l + " bundle"));
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void keysStartWithTheirModuleName() throws IOException {
		var problems = new ArrayList<String>();
		bundles().forEach((module, languages) -> languages.get("de").forEach(key -> {
			var ok = module.equals("messages") ? SHARED_PREFIXES.stream().anyMatch(key::startsWith)
					: key.startsWith(module + ".");
			if (!ok) {
				problems.add(module + ": " + key);
			}
		}));
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		var problems = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				var name = file.toString();
				var source = Files.readString(file, StandardCharsets.UTF_8);
				if (name.endsWith(".html")) {
					problems.addAll(literalTextInHtml(file, source));
				}
				else if (name.endsWith(".txt")) {
					problems.addAll(literalTextInText(file, source));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void detectsLiteralTextInATemplate() {
		assertThat(literalTextInHtml(Path.of("x.html"), "<p>Hallo</p><img alt=\"Bild\" th:src=\"@{/x}\">")).hasSize(2);
		assertThat(literalTextInHtml(Path.of("x.html"), "<p th:text=\"#{a.b}\"></p><img alt=\"\" th:alt=\"#{a.c}\">"))
			.isEmpty();
		assertThat(literalTextInText(Path.of("x.txt"), "[[#{a.b}]]\n[(${baseUrl} + '/x')]\nHallo")).hasSize(1);
	}

	static List<String> literalTextInHtml(Path file, String source) {
		var problems = new ArrayList<String>();
		var html = source.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script\\b.*?</script>", "")
			.replaceAll("(?s)<style\\b.*?</style>", "")
			.replaceAll("(?s)<!DOCTYPE[^>]*>", "")
			.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
		var text = Pattern.compile(">([^<>]*)<").matcher(html);
		while (text.find()) {
			if (LETTER.matcher(text.group(1)).find()) {
				problems.add(file + ": text '" + text.group(1).strip() + "'");
			}
		}
		var attribute = LITERAL_ATTRIBUTE.matcher(html);
		while (attribute.find()) {
			if (LETTER.matcher(attribute.group(2)).find()) {
				problems.add(file + ": attribute " + attribute.group(1) + "='" + attribute.group(2) + "'");
			}
		}
		return problems;
	}

	static List<String> literalTextInText(Path file, String source) {
		var problems = new ArrayList<String>();
		var rest = source.replaceAll("(?s)\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#.*?]|\\[/]", "")
			.replaceAll("(?s)/\\*.*?\\*/", "");
		for (var line : rest.split("\n")) {
			if (LETTER.matcher(line).find()) {
				problems.add(file + ": text '" + line.strip() + "'");
			}
		}
		return problems;
	}

	/** module → language → keys. */
	private static Map<String, Map<String, Set<String>>> bundles() throws IOException {
		var result = new TreeMap<String, Map<String, Set<String>>>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				var name = file.getFileName().toString().replace(".properties", "");
				var underscore = name.indexOf('_');
				var module = underscore < 0 ? name : name.substring(0, underscore);
				var language = underscore < 0 ? "de" : name.substring(underscore + 1);
				result.computeIfAbsent(module, m -> new TreeMap<>()).put(language, keys(file));
			}
		}
		result.forEach((module, languages) -> assertThat(languages).as("German base bundle of " + module).containsKey("de"));
		return result;
	}

	private static Set<String> keys(Path file) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		var keys = new TreeSet<String>();
		properties.stringPropertyNames().forEach(keys::add);
		return keys;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
