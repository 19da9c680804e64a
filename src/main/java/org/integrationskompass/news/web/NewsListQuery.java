package org.integrationskompass.news.web;

import java.util.ArrayList;
import java.util.List;
import org.integrationskompass.news.domain.ArticleFilter;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.NewsTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader asked the news list for, read from the query string ({@code handlungsfeld}, {@code art}, {@code jahr},
 * {@code seite}). A value that is not one of the choices (an old bookmark, a typo) is dropped and reported in
 * {@code ignored}, so the page says so instead of failing or silently showing something else.
 *
 * @param page counts from 1
 */
record NewsListQuery(ArticleFilter filter, int page, boolean ignored) {

	static final String TOPIC = "handlungsfeld";

	static final String KIND = "art";

	static final String YEAR = "jahr";

	static final String PAGE = "seite";

	static NewsListQuery from(MultiValueMap<String, String> parameters) {
		var ignored = false;
		NewsTopic topic = null;
		var topicValue = value(parameters, TOPIC);
		if (topicValue != null) {
			topic = NewsTopic.ofSlug(topicValue).orElse(null);
			ignored |= topic == null;
		}
		ArticleKind kind = null;
		var kindValue = value(parameters, KIND);
		if (kindValue != null) {
			kind = ArticleKind.ofSlug(kindValue).orElse(null);
			ignored |= kind == null;
		}
		Integer year = null;
		var yearValue = value(parameters, YEAR);
		if (yearValue != null) {
			year = number(yearValue, 1900, 9999);
			ignored |= year == null;
		}
		var page = 1;
		var pageValue = value(parameters, PAGE);
		if (pageValue != null) {
			var number = number(pageValue, 1, 100_000);
			ignored |= number == null;
			page = number == null ? 1 : number;
		}
		return new NewsListQuery(new ArticleFilter(topic, kind, year), page, ignored);
	}

	/** The list's address for another page of the same filter. */
	String pathFor(String base, int page) {
		var builder = UriComponentsBuilder.fromPath(base);
		for (var parameter : filterParameters()) {
			builder.queryParam(parameter[0], parameter[1]);
		}
		if (page > 1) {
			builder.queryParam(PAGE, page);
		}
		return builder.build().encode().toUriString();
	}

	/** The feed's address with the same topic and kind (a feed has no pages and no year). */
	String feedPath(String base) {
		var builder = UriComponentsBuilder.fromPath(base);
		if (filter.topic() != null) {
			builder.queryParam(TOPIC, filter.topic().slug());
		}
		if (filter.kind() != null) {
			builder.queryParam(KIND, filter.kind().slug());
		}
		return builder.build().encode().toUriString();
	}

	private List<String[]> filterParameters() {
		var parameters = new ArrayList<String[]>();
		if (filter.topic() != null) {
			parameters.add(new String[] { TOPIC, filter.topic().slug() });
		}
		if (filter.kind() != null) {
			parameters.add(new String[] { KIND, filter.kind().slug() });
		}
		if (filter.year() != null) {
			parameters.add(new String[] { YEAR, Integer.toString(filter.year()) });
		}
		return parameters;
	}

	private static @Nullable String value(MultiValueMap<String, String> parameters, String name) {
		var value = parameters.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable Integer number(String value, int min, int max) {
		if (value.length() > 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		var number = Integer.parseInt(value);
		return number < min || number > max ? null : number;
	}
}
