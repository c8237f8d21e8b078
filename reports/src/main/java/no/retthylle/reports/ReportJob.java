package no.retthylle.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.retthylle.analysis.RunContext;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.reports.figures.ChartEncoders;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.html.PdfDocument;
import no.retthylle.reports.html.Sections;
import no.retthylle.reports.workbook.SheetTable;
import no.retthylle.reports.workbook.TablesWorkbook;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Metric tables → the effect report: reads the metric CSVs of {@link MetricFamilies#READ} that
 * exist in {@code OUT/metrics}, {@code run.json} and {@code share_counts.json} (the counts behind
 * shares whose denominators no CSV publishes, see {@link ShareDenominators}), applies disclosure
 * control once (each table's layout, then {@link LinkedSuppression}), and from those protected
 * tables builds the page ({@link ReportDocument}), the figures ({@link FigureJob},
 * {@link FigureCatalog}) and the workbook. It replaces {@code OUT/report} as a whole with report.html, report.pdf (A4, the
 * figures drawn from their inline SVG), tables.xlsx, figures/*.png (300 dpi), *.svg and *.pdf,
 * and figures.json, all world-readable (directories 0755, files 0644). Everything is read and
 * built before the report directory is touched, so a failing run leaves the old report as it
 * was.
 */
public final class ReportJob {

    /** Where Debian's fonts-dejavu-core puts DejaVu Sans. */
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    private ReportJob() {
    }

    public static ReportResult run(Path out, ReportSettings settings) throws IOException {
        Path metrics = out.resolve("metrics");
        RunContext run = readRun(metrics.resolve(RunContext.FILE_NAME));
        ShareCounts shares = readShareCounts(metrics.resolve(ShareCounts.FILE_NAME));
        Map<MetricFamily, PublishedTable> tables =
                LinkedSuppression.apply(readTables(metrics, settings, shares), settings);
        PublishedTable inputs = InputsTable.of(run).protect(settings, shares);

        FigureCatalog.Built figures = FigureJob.build(tables, run, settings);
        Map<String, String> svgs = new LinkedHashMap<>();
        for (Figure f : figures.figures()) {
            svgs.put(f.id(), ChartEncoders.svg(f.chart()));
        }
        String html = ReportDocument.html(run, settings, tables, inputs, figureElements(figures.figures(), svgs));
        byte[] pdf = PdfDocument.render(html, DEJAVU.resolve("DejaVuSans.ttf").toFile(),
                DEJAVU.resolve("DejaVuSans-Bold.ttf").toFile());
        byte[] xlsx = TablesWorkbook.bytes(sheets(tables, inputs));
        String json = FiguresJson.of(figures, run, settings, Instant.now());

        List<String> files = new ArrayList<>(List.of("report.html", "report.pdf", "tables.xlsx"));
        replace(out.resolve("report"), dir -> {
            Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
            Files.write(dir.resolve("report.pdf"), pdf);
            Files.write(dir.resolve("tables.xlsx"), xlsx);
            files.addAll(FigureJob.write(figures.figures(), svgs, dir));
            Files.writeString(dir.resolve("figures.json"), json, StandardCharsets.UTF_8);
            files.add("figures.json");
            makeWorldReadable(dir);
        });
        long suppressed = Stream.concat(tables.values().stream(), Stream.of(inputs))
                .mapToLong(t -> t.table().suppressedCount()).sum();
        return new ReportResult(out.resolve("report"), files, suppressed);
    }

    /**
     * Each figure as an element of the page ({@link Sections#figure}, the SVG inline), by the id
     * of the section it is shown in ({@link FigureCatalog#section}), in catalogue order.
     */
    private static Map<String, List<String>> figureElements(List<Figure> figures, Map<String, String> svgs) {
        Map<String, List<String>> elements = new LinkedHashMap<>();
        for (Figure f : figures) {
            elements.computeIfAbsent(FigureCatalog.section(f.id()), s -> new ArrayList<>()).add(Sections.figure(
                    f.id(), ChartEncoders.inlineSvg(svgs.get(f.id())), f.caption(), notes(f)));
        }
        return elements;
    }

    /** The figure's footer lines without the source line, which the page states once at the top. */
    private static List<String> notes(Figure figure) {
        return figure.footer().subList(1, figure.footer().size());
    }

    /** run.json; a missing file, missing snapshot id or software version, or an as_of not in yyyy-MM-dd is an IOException. */
    static RunContext readRun(Path file) throws IOException {
        RunContext run;
        try {
            run = RunContext.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": not a valid run.json", e.getCause());
        }
        if (run.snapshotId() == null || run.snapshotId().isBlank() || run.softwareVersion() == null
                || run.asOf() == null) {
            throw new IOException(file + ": snapshot_id, as_of and software_version are required");
        }
        try {
            LocalDate.parse(run.asOf());
        } catch (DateTimeParseException e) {
            throw new IOException(file + ": as_of is not a yyyy-MM-dd date", e);
        }
        return run;
    }

    /**
     * share_counts.json; a missing file is no counts (then, in public mode, every share that
     * needs them is hidden: see {@link ShareDenominators}), a malformed one an IOException.
     */
    static ShareCounts readShareCounts(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new ShareCounts(List.of());
        }
        try {
            return ShareCounts.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": not a valid " + ShareCounts.FILE_NAME, e.getCause());
        }
    }

    /**
     * The tables whose CSV exists, each protected by its own layout (the rules across tables
     * follow); none at all is a NoSuchFileException.
     */
    private static Map<MetricFamily, PublishedTable> readTables(Path metrics, ReportSettings settings,
            ShareCounts shares) throws IOException {
        Map<MetricFamily, PublishedTable> tables = new LinkedHashMap<>();
        for (MetricFamily f : MetricFamilies.READ) {
            Path file = metrics.resolve(f.fileName());
            if (Files.isRegularFile(file)) {
                tables.put(f, read(file, f).protect(settings, shares));
            }
        }
        if (tables.isEmpty()) {
            throw new NoSuchFileException(metrics.toString(), null, "no metric tables");
        }
        return tables;
    }

    /** Reads a metric CSV with its declared column types; empty cells are missing values. */
    private static SourceTable read(Path file, MetricFamily family) throws IOException {
        Table table = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                .header(true).columnTypes(MetricTables.types(family)).missingValueIndicator("").build());
        if (!table.columnNames().equals(family.header())) {
            throw new IOException(file + ": columns " + table.columnNames() + ", expected " + family.header());
        }
        return MetricTables.of(table, family);
    }

    private static List<SheetTable> sheets(Map<MetricFamily, PublishedTable> tables, PublishedTable inputs) {
        List<SheetTable> sheets = new ArrayList<>();
        tables.values().stream().filter(t -> MetricFamilies.ALL_FAMILIES.contains(t.family()))
                .forEach(t -> sheets.add(TableSheets.of(t)));
        sheets.add(TableSheets.of(inputs));
        return sheets;
    }

    /** The report is public: directories rwxr-xr-x, files rw-r--r--. */
    private static void makeWorldReadable(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void replace(Path target, AtomicDirectory.Writer writer) throws IOException {
        try {
            AtomicDirectory.replace(target, writer);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write " + target, e);
        }
    }
}
