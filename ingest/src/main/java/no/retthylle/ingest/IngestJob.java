package no.retthylle.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.files.FolderLock;
import no.retthylle.files.OwnerOnly;
import no.retthylle.ingest.check.CheckedTable;
import no.retthylle.ingest.check.CrossRowChecks;
import no.retthylle.ingest.stage.DropException;
import no.retthylle.ingest.stage.DropStager;
import no.retthylle.ingest.stage.StagedDrop;
import no.retthylle.ingest.stage.StagedFile;
import no.retthylle.ingest.snapshot.SnapshotId;
import no.retthylle.spark.ConcurrentJobs;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import no.retthylle.warehouse.Rejects;
import no.retthylle.warehouse.SoftwareVersion;
import no.retthylle.warehouse.Staging;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest as a recipe: stage the drop (phase 1), check across rows (phase 2), enforce the
 * reject rate, write the snapshot beside the current one, then switch CURRENT to it.
 *
 * <p>A run that stops writes nothing: staging lives in a temporary folder that is always
 * deleted, the snapshot is renamed into place only when complete, and the CURRENT pointer
 * is replaced by an atomic rename. The same drop and settings give the same snapshot id;
 * when that snapshot already exists it is reused.
 *
 * <p>Crash safety: a run holds a {@link FolderLock} on {@code WH/.lock}, so one run at a time
 * writes a warehouse, and the temporary folders it finds on entry ({@code .staging-*},
 * {@code .CURRENT-*.tmp}, {@code snapshots/.partial-*}) are from a killed run and are removed.
 * The warehouse holds exact small counts: its folders are 0700 and its files 0600
 * ({@link OwnerOnly}), set on the snapshot before it is renamed into place.
 */
public final class IngestJob {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String PARTIAL_PREFIX = ".partial-";
    private static final String STAGED = "staged";
    private static final String LOCK_FILE = ".lock";

    private IngestJob() {
    }

    /** Ingests {@code drop} into {@code warehouse}. */
    public static IngestResult run(SparkSession spark, Path drop, Warehouse warehouse, IngestSettings settings)
            throws DropException, IOException {
        OwnerOnly.createDirectories(warehouse.root());
        OwnerOnly.createDirectories(warehouse.snapshots());
        try (FolderLock lock = lock(warehouse)) {
            removeLeftovers(warehouse);
            return ingestLocked(spark, drop, warehouse, settings);
        }
    }

    private static IngestResult ingestLocked(SparkSession spark, Path drop, Warehouse warehouse,
            IngestSettings settings) throws DropException, IOException {
        Path staging = Files.createTempDirectory(warehouse.root(), STAGING_PREFIX);
        try {
            Checked checked = stageAndCheck(spark, drop, staging.resolve(STAGED), settings);
            Manifest manifest = checked.manifest(settings);
            List<Row> firstRejects = checked.firstRejects();
            settings.enforceRejectRate(manifest, firstRejects);
            boolean reused = Files.isDirectory(warehouse.snapshot(manifest.snapshotId()));
            if (!reused) {
                writeSnapshot(warehouse, checked, manifest);
            }
            switchCurrent(warehouse, manifest.snapshotId());
            return new IngestResult(manifest, reused, firstRejects);
        } finally {
            AtomicDirectory.deleteTree(staging);
        }
    }

    /** Checks {@code drop} as {@link #run} would, and writes nothing. */
    public static IngestResult validate(SparkSession spark, Path drop, IngestSettings settings)
            throws DropException, IOException {
        Path staging = Files.createTempDirectory("retthylle-validate-");
        try {
            Checked checked = stageAndCheck(spark, drop, staging.resolve(STAGED), settings);
            return new IngestResult(checked.manifest(settings), false, checked.firstRejects());
        } finally {
            AtomicDirectory.deleteTree(staging);
        }
    }

    private static Checked stageAndCheck(SparkSession spark, Path drop, Path staging, IngestSettings settings)
            throws DropException {
        StagedDrop staged = new DropStager(settings.options()).stage(drop, staging);
        Map<RecordType, String> inputNames = new LinkedHashMap<>();
        for (StagedFile file : staged.files()) {
            inputNames.put(file.type(), inputName(file));
            spark.read().schema(Staging.schema(file.type()))
                    .option("header", true).option("multiLine", true).option("escape", "\"")
                    .option("mode", "FAILFAST").option("dateFormat", "yyyy-MM-dd")
                    .csv(file.stagingCsv().toString())
                    .createOrReplaceTempView(CrossRowChecks.stagedView(file.type()));
        }
        List<CheckedTable> tables = CrossRowChecks.check(spark, inputNames);
        Dataset<Row> stagedRejects = spark.read().schema(Rejects.TYPE.schema())
                .option("header", true).option("multiLine", true).option("escape", "\"")
                .csv(staged.rejectsCsv().toString());
        Dataset<Row> rejects = tables.stream().map(CheckedTable::rejects).reduce(stagedRejects, Dataset::union);
        return new Checked(staged, tables, rejects.cache(), inputNames);
    }

    /** The input name rejects and the manifest use: {@code TYPE.csv}, or {@code WORKBOOK.xlsx!TYPE}. */
    private static String inputName(StagedFile file) {
        String name = file.input().getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? name + "!" + file.type().name() : name;
    }

    private static void writeSnapshot(Warehouse warehouse, Checked checked, Manifest manifest) throws IOException {
        String id = manifest.snapshotId();
        Path partial = Files.createTempDirectory(warehouse.snapshots(), PARTIAL_PREFIX + id + "-");
        try {
            writeDatasets(checked, partial);
            Files.writeString(partial.resolve(Warehouse.MANIFEST), manifest.toJson(), StandardCharsets.UTF_8);
            OwnerOnly.restrictTree(partial);
            Files.move(partial, warehouse.snapshot(id), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            AtomicDirectory.deleteTree(partial);
        }
    }

    /** Writes the accepted rows of each record type and the rejects, two datasets at a time. */
    private static void writeDatasets(Checked checked, Path partial) {
        List<ConcurrentJobs.Pending<Path>> writes = new ArrayList<>();
        try (ConcurrentJobs jobs = new ConcurrentJobs()) {
            for (CheckedTable table : checked.tables()) {
                writes.add(jobs.submit(() -> write(table.accepted(), partial.resolve(table.type().name()))));
            }
            writes.add(jobs.submit(() -> write(
                    checked.rejects().orderBy(col(Rejects.FILE), col(Rejects.LINE), col(Rejects.COLUMN)),
                    partial.resolve(Rejects.TYPE.name()))));
        }
        writes.forEach(ConcurrentJobs.Pending::get);
    }

    private static Path write(Dataset<Row> rows, Path dataset) {
        rows.write().parquet(dataset.toString());
        return dataset;
    }

    private static void switchCurrent(Warehouse warehouse, String id) throws IOException {
        Path next = Files.createTempFile(warehouse.root(), "." + Warehouse.CURRENT + "-", ".tmp");
        Files.writeString(next, id + "\n", StandardCharsets.UTF_8);
        OwnerOnly.restrictTree(next);
        Files.move(next, warehouse.currentPointer(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static FolderLock lock(Warehouse warehouse) throws DropException, IOException {
        try {
            return FolderLock.acquire(warehouse.root().resolve(LOCK_FILE), "the warehouse " + warehouse.root());
        } catch (FolderLock.FolderInUseException e) {
            throw new DropException(e.getMessage(), e);
        }
    }

    /** Removes what a killed run left; called under the warehouse lock, so no live run owns it. */
    private static void removeLeftovers(Warehouse warehouse) throws IOException {
        String currentTemp = "." + Warehouse.CURRENT + "-";
        for (Path entry : list(warehouse.root())) {
            String name = entry.getFileName().toString();
            if (name.startsWith(STAGING_PREFIX) || (name.startsWith(currentTemp) && name.endsWith(".tmp"))) {
                AtomicDirectory.deleteTree(entry);
            }
        }
        for (Path entry : list(warehouse.snapshots())) {
            if (entry.getFileName().toString().startsWith(PARTIAL_PREFIX)) {
                AtomicDirectory.deleteTree(entry);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    /** A drop after both phases of checks. */
    private record Checked(StagedDrop staged, List<CheckedTable> tables, Dataset<Row> rejects,
            Map<RecordType, String> inputNames) {

        /** How many rejects the result lists in full; the rest are counted. */
        private static final int SHOWN_REJECTS = 20;

        Manifest manifest(IngestSettings settings) {
            List<Manifest.FileEntry> entries = new ArrayList<>();
            Map<String, Long> crossRowRejects = CrossRowChecks.rejectedRowsPerFile(tables);
            for (StagedFile file : staged.files()) {
                long rejected = file.rowsRejected() + crossRowRejects.getOrDefault(inputNames.get(file.type()), 0L);
                entries.add(new Manifest.FileEntry(file.type().name(), inputNames.get(file.type()),
                        file.inputSha256(), file.rowsRead(), file.rowsRead() - rejected, rejected));
            }
            List<String> idLines = new ArrayList<>(settings.identityLines());
            idLines.add("software_version=" + SoftwareVersion.current());
            idLines.add("extract_date=" + staged.extractDate());
            idLines.add("source=" + staged.source());
            entries.forEach(e -> idLines.add("input=" + e.recordType() + ":" + e.input() + ":" + e.sha256()));
            return new Manifest(SnapshotId.of(idLines), SoftwareVersion.current(), staged.extractDate().toString(),
                    staged.source(), settings.options().pseudonymiseKey().isPresent(), settings.maxRejectRate(),
                    entries, staged.warnings());
        }

        /**
         * The first rejects in the contract's record-type order, then by line: participants
         * first, because a rejected participants row makes every row of that person an
         * unknown person_id, and the cause must be among the rejects shown.
         */
        List<Row> firstRejects() {
            return rejects.orderBy(typeOrder(), col(Rejects.LINE), col(Rejects.COLUMN))
                    .limit(SHOWN_REJECTS).collectAsList();
        }

        private Column typeOrder() {
            Column rank = lit(RecordTypes.ALL.size());
            for (int i = RecordTypes.ALL.size() - 1; i >= 0; i--) {
                rank = when(col(Rejects.FILE).equalTo(inputNames.get(RecordTypes.ALL.get(i))), i).otherwise(rank);
            }
            return rank;
        }
    }
}
