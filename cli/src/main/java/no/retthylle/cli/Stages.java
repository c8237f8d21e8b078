package no.retthylle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.analysis.RunContext;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.files.OwnerOnly;
import no.retthylle.ingest.IngestJob;
import no.retthylle.ingest.IngestResult;
import no.retthylle.ingest.IngestSettings;
import no.retthylle.ingest.stage.DropException;
import no.retthylle.reports.ReportJob;
import no.retthylle.reports.ReportSettings;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.SoftwareVersion;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The three stages as the commands call them, each printing one progress line with its
 * row counts and time. Output folders are replaced whole or not at all. {@code OUT/metrics}
 * holds exact small counts: it is made owner-only (0700/0600) before it is renamed into place.
 */
final class Stages {

    static final String METRICS = "metrics";
    static final String REPORT = "report";

    private final PrintWriter out;

    Stages(PrintWriter out) {
        this.out = out;
    }

    IngestResult ingest(SparkSession spark, Path drop, Warehouse warehouse, IngestSettings settings)
            throws DropException, IOException {
        long start = System.nanoTime();
        IngestResult result;
        try (Ticker ticker = Ticker.start("ingest")) {
            result = IngestJob.run(spark, drop, warehouse, settings);
        }
        Manifest manifest = result.manifest();
        out.printf(Locale.ROOT, "ingest    %d files, %d rows read, %d rejected -> snapshot %s%s (%s)%n",
                manifest.files().size(), manifest.rowsRead(), manifest.rowsRejected(), manifest.snapshotId(),
                result.reused() ? " (unchanged input: reused)" : "", seconds(start));
        printWarningsAndRejects(result);
        return result;
    }

    IngestResult validate(SparkSession spark, Path drop, IngestSettings settings) throws DropException, IOException {
        long start = System.nanoTime();
        IngestResult result;
        try (Ticker ticker = Ticker.start("validate")) {
            result = IngestJob.validate(spark, drop, settings);
        }
        Manifest manifest = result.manifest();
        for (Manifest.FileEntry file : manifest.files()) {
            out.printf(Locale.ROOT, "  %-28s %8d read %8d accepted %6d rejected%n",
                    file.input(), file.rowsRead(), file.rowsWritten(), file.rowsRejected());
        }
        out.printf(Locale.ROOT, "validate  %d rows read, %d rejected; nothing written (%s)%n",
                manifest.rowsRead(), manifest.rowsRejected(), seconds(start));
        printWarningsAndRejects(result);
        settings.enforceRejectRate(manifest, result.firstRejects());
        return result;
    }

    RunContext analyse(SparkSession spark, Warehouse warehouse, Path outDir, AnalysisOptionsMixin options)
            throws Exception {
        long start = System.nanoTime();
        String snapshotId = currentSnapshot(warehouse);
        Manifest manifest = manifest(warehouse, snapshotId);
        AnalysisSettings settings = options.settings(LocalDate.parse(manifest.extractDate()));
        RunContext context = RunContext.of(manifest, settings, SoftwareVersion.current());
        int[] tables = new int[1];
        List<String> warnings = new ArrayList<>();
        try (Ticker ticker = Ticker.start("analyse")) {
            AtomicDirectory.replace(outDir.resolve(METRICS), dir -> {
                warnings.addAll(AnalysisJob.run(spark, warehouse, snapshotId, settings, dir).warnings());
                Files.writeString(dir.resolve(RunContext.FILE_NAME), context.toJson(), StandardCharsets.UTF_8);
                try (var files = Files.list(dir)) {
                    tables[0] = (int) files.filter(f -> f.toString().endsWith(".csv")).count();
                }
                OwnerOnly.restrictTree(dir);
            });
        }
        out.printf(Locale.ROOT, "analyse   %d tables as of %s -> %s (%s)%n",
                tables[0], settings.asOf(), outDir.resolve(METRICS), seconds(start));
        warnings.forEach(warning -> out.println("  warning: " + warning));
        return context;
    }

    void report(Path outDir, ReportSettings settings) throws IOException {
        long start = System.nanoTime();
        if (!Files.isRegularFile(outDir.resolve(METRICS).resolve(RunContext.FILE_NAME))) {
            throw new UsageException("no metrics in " + outDir.resolve(METRICS) + ": run 'retthylle analyse' first");
        }
        try (Ticker ticker = Ticker.start("report")) {
            ReportJob.run(outDir, settings);
        }
        out.printf(Locale.ROOT, "report    %s disclosure (k = %d), %s -> %s (%s)%n",
                settings.mode().name().toLowerCase(Locale.ROOT), settings.minCell(), settings.lang(),
                outDir.resolve(REPORT), seconds(start));
    }

    /** The id of the warehouse's current snapshot; none is a usage error ("ingest first"). */
    static String currentSnapshot(Warehouse warehouse) {
        return warehouse.currentId().orElseThrow(() -> new UsageException(
                "no snapshot in " + warehouse.root() + ": run 'retthylle ingest' first"));
    }

    /** The manifest of a snapshot of the warehouse. */
    static Manifest manifest(Warehouse warehouse, String snapshotId) throws IOException {
        return Manifest.fromJson(Files.readString(warehouse.manifest(snapshotId), StandardCharsets.UTF_8));
    }

    private void printWarningsAndRejects(IngestResult result) {
        for (String warning : result.manifest().warnings()) {
            out.println("  warning: " + warning);
        }
        for (Row reject : result.firstRejects()) {
            out.println("  rejected: " + IngestSettings.describe(reject));
        }
        if (result.manifest().rowsRejected() > result.firstRejects().size()) {
            out.printf(Locale.ROOT, "  (the first %d problems; %d rows rejected in all: see the rejects table"
                    + " of the snapshot)%n", result.firstRejects().size(), result.manifest().rowsRejected());
        }
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
