package org.integrationskompass.regions.gazetteer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --import-gazetteer=<directory>}: imports the gazetteer files found there, logs a summary and ends the
 * application with exit status 0, or 1 when a file failed or none was found, or 2 without a directory. It runs
 * before every other runner, so an import run neither creates the first administrator nor loads demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GazetteerImportCommand implements ApplicationRunner {

	static final String OPTION = "import-gazetteer";

	private static final Logger log = LoggerFactory.getLogger(GazetteerImportCommand.class);

	private static final int EXAMPLES_PER_REASON = 3;

	private final GazetteerImport gazetteer;

	private final ConfigurableApplicationContext context;

	GazetteerImportCommand(GazetteerImport gazetteer, ConfigurableApplicationContext context) {
		this.gazetteer = gazetteer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		var values = args.getOptionValues(OPTION);
		int status;
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			log.error("Usage: --{}=<directory with the gazetteer files>", OPTION);
			status = 2;
		}
		else {
			status = importFrom(Path.of(values.get(0)));
		}
		var exitStatus = status;
		System.exit(SpringApplication.exit(context, () -> exitStatus));
	}

	private int importFrom(Path directory) {
		ImportReport report;
		try {
			report = gazetteer.importDirectory(directory);
		}
		catch (Exception failed) {
			log.error("Gazetteer import from {} failed: {}", directory.toAbsolutePath(), failed.getMessage());
			return 1;
		}
		log.info(summary(directory, report));
		return report.failed() ? 1 : 0;
	}

	static String summary(Path directory, ImportReport report) {
		var text = new StringBuilder("Gazetteer import from ").append(directory.toAbsolutePath().normalize());
		if (report.files().isEmpty()) {
			text.append("\n  no file with a known format found");
		}
		for (var file : report.files()) {
			var counts = file.counts();
			text.append("\n  ").append(file.fileName()).append(" (").append(file.dataSet().label()).append("): ")
				.append(file.failed() ? "FAILED, rolled back: " + file.failure() + "; " : "")
				.append(counts.rowsRead()).append(" read, ")
				.append(counts.inserted()).append(" inserted, ")
				.append(counts.updated()).append(" updated, ")
				.append(counts.unchanged()).append(" unchanged, ")
				.append(counts.removed()).append(" removed, ")
				.append(counts.skipped()).append(" skipped");
			var byReason = file.skipped().stream()
				.collect(Collectors.groupingBy(SkippedRow::reason, LinkedHashMap::new, Collectors.toList()));
			byReason.forEach((reason, rows) -> {
				text.append("\n      skipped ").append(rows.size()).append(" × ").append(reason).append(", e.g. ")
					.append(rows.stream().limit(EXAMPLES_PER_REASON)
						.map(row -> row.location() + " (" + row.detail() + ")")
						.collect(Collectors.joining("; ")));
			});
			file.notes().forEach(note -> text.append("\n      note: ").append(note));
		}
		if (!report.ignored().isEmpty()) {
			text.append("\n  ignored (no known format): ").append(String.join(", ", report.ignored()));
		}
		return text.toString();
	}
}
