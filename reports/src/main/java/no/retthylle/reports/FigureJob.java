package no.retthylle.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.figures.ChartEncoders;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.figures.FigureContext;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Metric tables → figures: reads those of {@code OUT/metrics} the figures are drawn from and
 * that exist, applies disclosure control, builds the figures ({@link FigureCatalog}); then, into
 * a report directory being written, each figure as {@code figures/ID.png} (300 dpi), {@code .svg}
 * and {@code .pdf}.
 */
final class FigureJob {

    private FigureJob() {
    }

    /** Every figure that the metric tables present in {@code metrics} allow. */
    static FigureCatalog.Built build(Path metrics, RunInfo run, ReportSettings settings) throws IOException {
        Map<MetricFile, ProtectedTable> tables = new EnumMap<>(MetricFile.class);
        for (MetricFile file : FigureCatalog.sources()) {
            Path path = metrics.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                tables.put(file, DisclosureControl.protect(read(path, file), file.layout(), settings.mode(),
                        settings.minCell()));
            }
        }
        FigureContext context = new FigureContext(settings.language(), run.snapshotId(), run.asOf(), settings.mode(),
                settings.minCell());
        return FigureCatalog.build(tables, context);
    }

    /** Writes every figure under {@code reportDirectory/figures}; the file names, relative to the directory. */
    static List<String> write(List<Figure> figures, Path reportDirectory) throws IOException {
        Path dir = Files.createDirectories(reportDirectory.resolve("figures"));
        List<String> files = new ArrayList<>();
        for (Figure f : figures) {
            ChartEncoders.writePng(f.chart(), dir.resolve(f.id() + ".png"));
            Files.writeString(dir.resolve(f.id() + ".svg"), ChartEncoders.svg(f.chart()), StandardCharsets.UTF_8);
            Files.write(dir.resolve(f.id() + ".pdf"), ChartEncoders.pdf(f.chart()));
            for (String ext : List.of(".png", ".svg", ".pdf")) {
                files.add("figures/" + f.id() + ext);
            }
        }
        return files;
    }

    /** Reads a metric CSV: text key columns, numbers elsewhere, empty cells missing; the header must match. */
    private static MetricTable read(Path path, MetricFile file) throws IOException {
        List<String> expected = file.columns();
        ColumnType[] types = expected.stream().map(c -> file.isText(c) ? ColumnType.STRING : ColumnType.DOUBLE)
                .toArray(ColumnType[]::new);
        Table table = Table.read().usingOptions(CsvReadOptions.builder(path.toFile())
                .header(true).columnTypes(types).missingValueIndicator("").build());
        if (!table.columnNames().equals(expected)) {
            throw new IOException(path + ": columns " + table.columnNames() + ", expected " + expected);
        }
        return MetricTables.of(table, file.keys(), file.stratum(), file.valueColumns());
    }
}
