package no.retthylle.reports.workbook;

import java.util.List;

/**
 * One sheet of the workbook.
 *
 * @param name the sheet name (at most 31 characters, none of {@code : \ / ? * [ ]})
 * @param header the column names
 * @param rows the cells of each row, one per column
 */
public record SheetTable(String name, List<String> header, List<List<SheetCell>> rows) {

    public SheetTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A cell of a sheet. */
    public sealed interface SheetCell {
    }

    /** Text, written as a literal string whatever it begins with. */
    public record Text(String text) implements SheetCell {
    }

    /** A number, shown in {@code style}. */
    public record Number(double value, Style style) implements SheetCell {
    }

    /** A value hidden by disclosure control: shows {@code :}. */
    public record Suppressed() implements SheetCell {
    }

    /** A value that is not defined: an empty cell. */
    public record Empty() implements SheetCell {
    }

    /** How a number is shown. */
    public enum Style { COUNT, PERCENT, DECIMAL }
}
