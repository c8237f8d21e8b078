package no.retthylle.reports;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.MetricFamily.Display;
import no.retthylle.reports.MetricFamily.Format;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.workbook.SheetTable;
import no.retthylle.reports.workbook.SheetTable.SheetCell;

/**
 * A published table as a workbook sheet: every column of the CSV under its CSV name, the key and
 * text cells as text, values as numbers (rates as fractions shown as percentages), a suppressed
 * value as {@code :}, a value that is not defined as an empty cell.
 */
final class TableSheets {

    private TableSheets() {
    }

    static SheetTable of(PublishedTable t) {
        MetricFamily f = t.family();
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<SheetCell> cells = new ArrayList<>();
            for (String k : f.keys()) {
                cells.add(new SheetTable.Text(t.text(r, k)));
            }
            for (String v : f.values()) {
                cells.add(cell(t.cell(r, v), style(f, v)));
            }
            for (String x : f.texts()) {
                cells.add(new SheetTable.Text(t.text(r, x)));
            }
            rows.add(cells);
        }
        return new SheetTable(f.id(), f.header(), rows);
    }

    private static SheetCell cell(Cell cell, SheetTable.Style style) {
        return switch (cell.kind()) {
            case VALUE -> new SheetTable.Number(cell.value(), style);
            case SUPPRESSED -> new SheetTable.Suppressed();
            case MISSING -> new SheetTable.Empty();
        };
    }

    /** The style of the first shown column that holds {@code column}; decimals when none does. */
    private static SheetTable.Style style(MetricFamily f, String column) {
        Format format = f.views().stream().flatMap(List::stream).filter(d -> d.columns().contains(column))
                .map(Display::format).findFirst().orElse(Format.DECIMAL);
        return switch (format) {
            case COUNT -> SheetTable.Style.COUNT;
            case PERCENT -> SheetTable.Style.PERCENT;
            default -> SheetTable.Style.DECIMAL;
        };
    }
}
