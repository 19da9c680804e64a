package org.integrationskompass.offers.generator;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --generate-offers=<N> [--generate-offers-seed=<S>]}: adds N synthetic offers (the same ones for the same
 * seed and organisations), rebuilds the search index, logs the times and ends the application with exit status 0,
 * 1 when generating failed, or 2 on a bad option. The offers belong to the organisations already in the database,
 * so it runs after the other runners (demo content included); with an empty directory it refuses.
 */
@Component
@Order(1000)
class GenerateOffersCommand implements ApplicationRunner {

	static final String OPTION = "generate-offers";

	static final String SEED_OPTION = "generate-offers-seed";

	private static final Logger log = LoggerFactory.getLogger(GenerateOffersCommand.class);

	private final SyntheticOffers generator;

	private final ConfigurableApplicationContext context;

	GenerateOffersCommand(SyntheticOffers generator, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		var status = generate(args);
		System.exit(SpringApplication.exit(context, () -> status));
	}

	private int generate(ApplicationArguments args) {
		int count;
		long seed;
		try {
			count = Integer.parseInt(single(args, OPTION, null));
			seed = Long.parseLong(single(args, SEED_OPTION, "1"));
			if (count < 1) {
				throw new NumberFormatException("not positive");
			}
		}
		catch (IllegalArgumentException bad) {
			log.error("Usage: --{}=<number of offers> [--{}=<seed, default 1>]", OPTION, SEED_OPTION);
			return 2;
		}
		try {
			var report = generator.generate(count, seed);
			log.info(String.format(Locale.ROOT,
					"Generated %d synthetic offers (seed %d) in %.1f s; search index rebuilt with %d offers in %.1f s",
					report.offers(), seed, report.inserting().toMillis() / 1000.0, report.indexed(),
					report.indexing().toMillis() / 1000.0));
			// One line for scripts (bench/search reads it).
			System.out.printf(Locale.ROOT, "generate-offers: offers=%d insert_s=%.2f indexed=%d index_s=%.2f%n",
					report.offers(), report.inserting().toMillis() / 1000.0, report.indexed(),
					report.indexing().toMillis() / 1000.0);
			return 0;
		}
		catch (IllegalStateException refused) {
			log.error("Offer generator: {}", refused.getMessage());
			return 1;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			log.error("Offer generator interrupted while indexing");
			return 1;
		}
	}

	private static String single(ApplicationArguments args, String option, @org.jspecify.annotations.Nullable String fallback) {
		var values = args.getOptionValues(option);
		if (values == null || values.isEmpty()) {
			if (fallback == null) {
				throw new IllegalArgumentException("missing " + option);
			}
			return fallback;
		}
		if (values.size() != 1) {
			throw new IllegalArgumentException("several " + option);
		}
		return values.get(0).strip();
	}
}
