package no.retthylle.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import no.retthylle.analysis.marts.ComparisonMart;
import no.retthylle.analysis.marts.CompletionMart;
import no.retthylle.analysis.marts.FunnelMart;
import no.retthylle.analysis.marts.GoalsMart;
import no.retthylle.analysis.marts.InternshipsMart;
import no.retthylle.analysis.marts.IntroStatusMart;
import no.retthylle.analysis.marts.JobAttachmentMart;
import no.retthylle.analysis.marts.MeetingsMart;
import no.retthylle.analysis.marts.SelfSufficiencyMart;
import no.retthylle.analysis.marts.SharedModels;
import no.retthylle.analysis.marts.SkillsMart;
import no.retthylle.analysis.marts.TimeToJobMart;
import no.retthylle.analysis.tables.CsvText;
import no.retthylle.analysis.tables.MetricTable;
import no.retthylle.spark.ConcurrentJobs;
import no.retthylle.spark.SqlModels;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

/**
 * Turns a warehouse snapshot into the metric tables of the metrics spec:
 * read the Parquet datasets → run the SQL models → write one CSV per table, and
 * {@link ShareCounts#FILE_NAME} with the counts behind the shares those CSVs publish without
 * their denominators (for the report's disclosure control; never published).
 */
public final class AnalysisJob {

    /** The view prefix of a record type's dataset as read, e.g. {@code raw_enrolments}. */
    public static final String RAW_PREFIX = "raw_";

    private AnalysisJob() {
    }

    /**
     * Reads the snapshot's Parquet datasets (explicit schemas), runs the SQL models, writes
     * the metric CSVs and {@link ShareCounts#FILE_NAME} into metricsDir (which exists and is
     * empty).
     *
     * <p>Every record type's dataset must exist; an empty one gives tables without rows
     * (header only). The session's temporary views {@code raw_*}, {@code stg_*} and
     * {@code int_*} are replaced. The shared models are cached for the run and uncached
     * after it ({@link SharedModels#cache}); the marts are computed side by side ({@link ConcurrentJobs}).
     *
     * @throws java.nio.file.FileAlreadyExistsException if a file of the same name is there
     */
    public static MetricTables run(SparkSession spark, Warehouse warehouse, String snapshotId,
            AnalysisSettings settings, Path metricsDir) throws IOException {
        SqlModels models = registerViews(spark, warehouse, snapshotId, settings);
        MetricTables tables;
        try (SharedModels.Cached cached = SharedModels.cache(spark); ConcurrentJobs marts = new ConcurrentJobs()) {
            var timeToJob = marts.submit(() -> TimeToJobMart.compute(models));
            var comparison = marts.submit(() -> ComparisonMart.compute(models));
            var completion = marts.submit(() -> CompletionMart.compute(models));
            var jobAttachment = marts.submit(() -> JobAttachmentMart.compute(models));
            var selfSufficiency = marts.submit(() -> SelfSufficiencyMart.compute(models));
            var skills = marts.submit(() -> SkillsMart.compute(models));
            var goals = marts.submit(() -> GoalsMart.compute(models));
            var introStatus = marts.submit(() -> IntroStatusMart.compute(models));
            var funnel = marts.submit(() -> FunnelMart.compute(models));
            var meetings = marts.submit(() -> MeetingsMart.compute(models));
            var internships = marts.submit(() -> InternshipsMart.compute(models));
            tables = new MetricTables(completion.get(), jobAttachment.get(), selfSufficiency.get(),
                    timeToJob.get().curves(), timeToJob.get().summary(),
                    comparison.get().comparison(), comparison.get().balance(),
                    skills.get(), goals.get(), introStatus.get(), funnel.get(), meetings.get(), internships.get());
        }
        for (MetricTable table : tables.all()) {
            write(metricsDir.resolve(table.fileName()), CsvText.of(table));
        }
        write(metricsDir.resolve(ShareCounts.FILE_NAME), tables.shareCounts().toJson());
        return tables;
    }

    /**
     * Registers the snapshot's datasets as the views {@code raw_<record type>} (as stored,
     * explicit schemas) and every staging and intermediate model over them as the views
     * {@code stg_*} and {@code int_*}, replacing views of those names. Reads no data yet.
     *
     * @return the models with the settings' parameters bound, ready for the marts
     */
    public static SqlModels registerViews(SparkSession spark, Warehouse warehouse, String snapshotId,
            AnalysisSettings settings) {
        registerRawViews(spark, warehouse, snapshotId);
        SqlModels models = new SqlModels(spark, settings.sqlParameters());
        SharedModels.materialise(models);
        return models;
    }

    private static void registerRawViews(SparkSession spark, Warehouse warehouse, String snapshotId) {
        for (RecordType type : RecordTypes.ALL) {
            spark.read().schema(type.schema())
                    .parquet(warehouse.dataset(snapshotId, type).toString())
                    .createOrReplaceTempView(RAW_PREFIX + type.name());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }
}
