package no.retthylle.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.disclosure.TableLayout;
import no.retthylle.reports.figures.ChartEncoders;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.html.ReportPage;
import no.retthylle.reports.html.Sections;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Metric tables → the effect report: reads {@code OUT/metrics/{completion,job_attachment}.csv}
 * and {@code run.json}, applies disclosure control, and replaces {@code OUT/report} as a whole
 * with report.html, the figures of {@link FigureCatalog} for the metric tables present
 * (figures/*.png at 300 dpi, *.svg and *.pdf; see {@link FigureJob}), and figures.json. Everything is read and
 * built before the report directory is touched, so a failing run leaves the old report as it was.
 */
public final class ReportJob {

    private ReportJob() {
    }

    public static ReportResult run(Path out, ReportSettings settings) throws IOException {
        Path metrics = out.resolve("metrics");
        RunInfo run = RunInfo.parse(Files.readString(metrics.resolve("run.json"), StandardCharsets.UTF_8));
        ProtectedTable completion = protect(read(metrics.resolve("completion.csv"),
                MetricColumns.COMPLETION_TYPES, MetricColumns.COMPLETION_VALUES, null), MetricLayouts.COMPLETION, settings);
        ProtectedTable jobs = protect(read(metrics.resolve("job_attachment.csv"), MetricColumns.JOB_ATTACHMENT_TYPES,
                MetricColumns.JOB_ATTACHMENT_VALUES, MetricColumns.MEASURE), MetricLayouts.JOB_ATTACHMENT, settings);

        FigureCatalog.Built figures = FigureJob.build(metrics, run, settings);
        String html = page(run, settings, completion, figures.figures());
        String json = FiguresJson.of(figures, run, settings, Instant.now());

        List<String> files = new ArrayList<>(List.of("report.html"));
        replace(out.resolve("report"), dir -> {
            Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
            files.addAll(FigureJob.write(figures.figures(), dir));
            Files.writeString(dir.resolve("figures.json"), json, StandardCharsets.UTF_8);
        });
        files.add("figures.json");
        return new ReportResult(out.resolve("report"), files, completion.suppressedCount() + jobs.suppressedCount());
    }

    private static String page(RunInfo run, ReportSettings settings, ProtectedTable completion,
                               List<Figure> figures) throws IOException {
        Language l = settings.language();
        ReportPage page = new ReportPage(l.code(), l.text("report.title"))
                .meta(l.text("report.asOf", l.date(run.asOf())))
                .meta(l.text("report.snapshot", run.snapshotId()))
                .meta(l.text("report.software", run.softwareVersion()))
                .section(CompletionSection.html(completion, l, run.asOf()));
        for (Figure f : figures) {
            page.section(Sections.figure(f.id(), ChartEncoders.inlineSvg(ChartEncoders.svg(f.chart())), f.caption(),
                    f.footer()));
        }
        if (settings.mode() == Disclosure.INTERNAL) {
            page.marking(Disclosure.INTERNAL_MARK).disclosureNote(l.text("disclosure.internal"));
        } else {
            page.disclosureNote(l.text("disclosure.public", settings.minCell() - 1, settings.minCell()));
        }
        return page.render();
    }

    private static ProtectedTable protect(MetricTable table, TableLayout layout, ReportSettings settings) {
        return DisclosureControl.protect(table, layout, settings.mode(), settings.minCell());
    }

    /** Reads a metric CSV with its declared column types; empty cells are missing values. */
    private static MetricTable read(Path file, ColumnType[] types, List<String> values, String stratum) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "metric table not found");
        }
        Table table = Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                .header(true).columnTypes(types).missingValueIndicator("").build());
        List<String> expected = new ArrayList<>(List.of(MetricColumns.GROUP_TYPE, MetricColumns.GROUP));
        if (stratum != null) {
            expected.add(stratum);
        }
        expected.addAll(values);
        if (!table.columnNames().equals(expected)) {
            throw new IOException(file + ": columns " + table.columnNames() + ", expected " + expected);
        }
        return MetricTables.of(table, values, stratum);
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
