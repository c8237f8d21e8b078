package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.html.Sections;

/** The completion-by-cohort table of the report: the all row, then one row per cohort. */
final class CompletionSection {

    static final String ID = "completion_by_cohort";

    private static final List<String> COUNTS = List.of(N_ENROLLED, N_MATURED, COMPLETED_ON_TIME,
            COMPLETED_LATE, PAUSED, EDUCATION, DROPPED_OUT, ONGOING);

    private CompletionSection() {
    }

    static String html(ProtectedTable completion, Language l, LocalDate asOf) {
        List<String> header = new ArrayList<>();
        header.add(l.text("column.group"));
        COUNTS.forEach(c -> header.add(l.text("column." + c)));
        header.add(l.text("column." + RATE_ON_TIME));
        header.add(l.text("column.ci"));
        List<List<String>> rows = Stream.concat(completion.rowsOf(ALL, "").stream(),
                        completion.rowsOf(COHORT, "").stream())
                .map(r -> row(completion, r, l)).toList();
        return Sections.table(ID, l.text("completion.heading"), l.text("completion.caption", l.date(asOf)),
                header, rows);
    }

    private static List<String> row(ProtectedTable t, int r, Language l) {
        List<String> cells = new ArrayList<>();
        ProtectedTable.RowKey key = t.rows().get(r);
        cells.add(key.groupType().equals(ALL) ? l.text("group.all") : key.group());
        for (String c : COUNTS) {
            cells.add(text(t.cell(r, c), l::count));
        }
        cells.add(text(t.cell(r, RATE_ON_TIME), l::percent));
        cells.add(interval(t.cell(r, CI_LOW), t.cell(r, CI_HIGH), l));
        return cells;
    }

    private static String interval(Cell low, Cell high, Language l) {
        if (low.isSuppressed() || high.isSuppressed()) {
            return Cell.SUPPRESSED_SYMBOL;
        }
        if (!low.isShown() || !high.isShown()) {
            return "";
        }
        return l.percent(low.value()) + " – " + l.percent(high.value());
    }

    private static String text(Cell cell, DoubleFunction<String> format) {
        return switch (cell.kind()) {
            case VALUE -> format.apply(cell.value());
            case MISSING -> "";
            case SUPPRESSED -> Cell.SUPPRESSED_SYMBOL;
        };
    }
}
