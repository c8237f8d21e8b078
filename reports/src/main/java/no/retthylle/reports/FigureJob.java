package no.retthylle.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.analysis.RunContext;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.figures.ChartEncoders;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.figures.FigureContext;

/**
 * Published metric tables → figures: builds the figures of {@link FigureCatalog} from the very
 * tables the report and the workbook publish (protected once, by {@link ReportJob}, including
 * the rules of {@link LinkedSuppression}); then, into a report directory being written, each
 * figure as {@code figures/ID.png} (300 dpi), {@code .svg} and {@code .pdf}.
 */
final class FigureJob {

    private FigureJob() {
    }

    /** Every figure that the published tables present allow. */
    static FigureCatalog.Built build(Map<MetricFamily, PublishedTable> tables, RunContext run,
                                     ReportSettings settings) {
        Map<MetricFamily, ProtectedTable> protectedTables = new LinkedHashMap<>();
        tables.forEach((family, table) -> protectedTables.put(family, table.table()));
        FigureContext context = new FigureContext(settings.language(), run.snapshotId(), LocalDate.parse(run.asOf()),
                settings.mode(), settings.minCell());
        return FigureCatalog.build(protectedTables, context);
    }

    /**
     * Writes every figure under {@code reportDirectory/figures}, the SVG as given in {@code svgs}
     * (by figure id, the document the report page inlines); the file names, relative to the directory.
     */
    static List<String> write(List<Figure> figures, Map<String, String> svgs, Path reportDirectory)
            throws IOException {
        Path dir = Files.createDirectories(reportDirectory.resolve("figures"));
        List<String> files = new ArrayList<>();
        for (Figure f : figures) {
            ChartEncoders.writePng(f.chart(), dir.resolve(f.id() + ".png"));
            Files.writeString(dir.resolve(f.id() + ".svg"), svgs.get(f.id()), StandardCharsets.UTF_8);
            Files.write(dir.resolve(f.id() + ".pdf"), ChartEncoders.pdf(f.chart()));
            for (String ext : List.of(".png", ".svg", ".pdf")) {
                files.add("figures/" + f.id() + ext);
            }
        }
        return files;
    }
}
