package org.integrationskompass.offers.domain;

import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How offer texts become search terms. German first, because almost every offer is written in German and people
 * type German words with and without compounds:
 * <ul>
 * <li>{@link #GERMAN} (index): splits compounds into the word parts listed in {@code offers/search/compound-parts.txt}
 * and keeps the whole word, so "Kurs" finds "Integrationskurs"; then folds umlauts and accents (a visitor typing
 * "Cafe" or "Muenchen" finds "Café" and "München") and reduces words to their stem ("Kurse" finds "Kurs").</li>
 * <li>{@link #GERMAN_JOINED} (index): the same text with hyphens between letters removed, so "Sprachcafé" finds
 * "Sprach-Café".</li>
 * <li>{@link #SEARCH} (query): like the index analyzers but without splitting compounds, which would widen a query
 * for "Integrationskurs" to every offer mentioning "Integration"; a hyphenated query is joined.</li>
 * </ul>
 * Texts in other languages pass through the same chain: tokenising and lower-casing suit them, stemming does not
 * touch them.
 */
public class OfferAnalysis implements LuceneAnalysisConfigurer {

	public static final String GERMAN = "offer_german";

	public static final String GERMAN_JOINED = "offer_german_joined";

	public static final String SEARCH = "offer_search";

	public static final String SORT = "offer_sort";

	private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/german_stop.txt";

	private static final String COMPOUND_PARTS = "offers/search/compound-parts.txt";

	private static final String JOIN_HYPHENATED = "(\\p{L})-(?=\\p{L})";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(GERMAN).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class).param("words", STOP_WORDS).param("format", "snowball")
			.tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
				.param("dictionary", COMPOUND_PARTS)
				.param("minWordSize", "6")
				.param("minSubwordSize", "3")
				.param("maxSubwordSize", "20")
				.param("onlyLongestMatch", "false")
			.tokenFilter(GermanNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(GermanLightStemFilterFactory.class)
			.tokenFilter(RemoveDuplicatesTokenFilterFactory.class);

		joinedGerman(context, GERMAN_JOINED);
		joinedGerman(context, SEARCH);

		context.normalizer(SORT).custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(GermanNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	/** Hyphens between letters removed, then the German chain without splitting compounds. */
	private static void joinedGerman(LuceneAnalysisConfigurationContext context, String name) {
		context.analyzer(name).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.charFilter(PatternReplaceCharFilterFactory.class).param("pattern", JOIN_HYPHENATED).param("replacement", "$1")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class).param("words", STOP_WORDS).param("format", "snowball")
			.tokenFilter(GermanNormalizationFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(GermanLightStemFilterFactory.class);
	}
}
