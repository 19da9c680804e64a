package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.integrationskompass.regions.GazetteerImported;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.DataSetImport;
import org.integrationskompass.regions.domain.DataSetImportRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports every file of a directory that has one of the known formats, data set by data set in {@link DataSet}
 * order, each file in its own transaction: a file that fails is rolled back as a whole and the others still count.
 * Each imported file is recorded with the credit line its licence requires.
 */
@Service
class GazetteerImport {

	private static final Logger log = LoggerFactory.getLogger(GazetteerImport.class);

	private final List<DataSetImporter> importers;

	private final DataSetImportRepository imports;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	private final GazetteerSettings settings;

	private final Clock clock;

	GazetteerImport(List<DataSetImporter> importers, DataSetImportRepository imports, TransactionTemplate transactions,
			ApplicationEventPublisher publisher, GazetteerSettings settings, ObjectProvider<Clock> clock) {
		this.importers = importers.stream().sorted(Comparator.comparing(DataSetImporter::dataSet)).toList();
		this.imports = imports;
		this.transactions = transactions;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	ImportReport importDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IOException(directory.toAbsolutePath() + " is not a directory");
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter(Files::isRegularFile).sorted().toList();
		}
		var recognised = new TreeMap<DataSet, List<Path>>();
		var ignored = new ArrayList<String>();
		for (var file : files) {
			var importer = importerFor(file);
			if (importer == null) {
				ignored.add(file.getFileName().toString());
			}
			else {
				recognised.computeIfAbsent(importer.dataSet(), dataSet -> new ArrayList<>()).add(file);
			}
		}
		var reports = new ArrayList<FileReport>();
		for (Map.Entry<DataSet, List<Path>> entry : recognised.entrySet()) {
			for (var file : entry.getValue()) {
				reports.add(importFile(file, importerOf(entry.getKey())));
			}
		}
		return new ImportReport(List.copyOf(reports), List.copyOf(ignored));
	}

	/** Imports one file of a known format; a file of no known format fails. */
	FileReport importFile(Path file) throws IOException {
		var importer = importerFor(file);
		if (importer == null) {
			throw new IOException(file.getFileName() + " has none of the known gazetteer formats");
		}
		return importFile(file, importer);
	}

	private FileReport importFile(Path file, DataSetImporter importer) {
		var fileName = file.getFileName().toString();
		var dataSet = importer.dataSet();
		var tally = new RowTally();
		try {
			transactions.executeWithoutResult(status -> {
				try {
					importer.importFile(file, tally);
				}
				catch (IOException e) {
					throw new FileFailed(e);
				}
				imports.save(new DataSetImport(dataSet, fileName, dataSet.credit(settings.kreisShapesYear()),
						tally.counts(), clock.instant()));
			});
		}
		catch (RuntimeException failed) {
			var cause = failed instanceof FileFailed ? failed.getCause() : failed;
			log.error("Import of {} failed and was rolled back", fileName, cause);
			return new FileReport(fileName, dataSet, tally.counts(), tally.skipped(), tally.notes(),
					String.valueOf(cause.getMessage()));
		}
		publisher.publishEvent(new GazetteerImported(fileName, tally.counts().accepted()));
		return new FileReport(fileName, dataSet, tally.counts(), tally.skipped(), tally.notes(), null);
	}

	private @Nullable DataSetImporter importerFor(Path file) throws IOException {
		for (var importer : importers) {
			if (importer.recognises(file)) {
				return importer;
			}
		}
		return null;
	}

	private DataSetImporter importerOf(DataSet dataSet) {
		return importers.stream().filter(importer -> importer.dataSet() == dataSet).findFirst().orElseThrow();
	}

	/** Carries an I/O failure out of the transaction callback, so that the file is rolled back. */
	private static final class FileFailed extends RuntimeException {

		FileFailed(IOException cause) {
			super(cause.getMessage(), cause);
		}
	}
}
