package no.retthylle.reports.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link SheetTable}s into an xlsx workbook in memory: a bold header row on a grey fill,
 * frozen so it stays in view; counts as integers, percentages with one decimal, other numbers
 * with three; {@code :} right-aligned for a suppressed cell.
 *
 * <p>Formula injection: every text cell is a literal string cell, never a formula, and one that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return also gets
 * the quote-prefix style, so a spreadsheet program does not turn it into a formula when the cell
 * is edited (OWASP "CSV injection").
 */
public final class TablesWorkbook {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private TablesWorkbook() {
    }

    /** The workbook's bytes: one sheet per table, in order. */
    public static byte[] bytes(List<SheetTable> tables) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (SheetTable table : tables) {
                fill(book.createSheet(table.name()), table, styles);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Whether a spreadsheet could read {@code text} as a formula. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static void fill(Sheet sheet, SheetTable table, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<SheetTable.SheetCell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                write(row.createCell(c), cells.get(c), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < table.header().size(); c++) {
            sheet.autoSizeColumn(c);
        }
    }

    private static void write(Cell cell, SheetTable.SheetCell value, Styles styles) {
        if (value instanceof SheetTable.Text t) {
            cell.setCellValue(t.text());
            if (looksLikeFormula(t.text())) {
                cell.setCellStyle(styles.literal);
            }
        } else if (value instanceof SheetTable.Number n) {
            cell.setCellValue(n.value());
            cell.setCellStyle(styles.numbers.get(n.style()));
        } else if (value instanceof SheetTable.Suppressed) {
            cell.setCellValue(no.retthylle.reports.disclosure.Cell.SUPPRESSED_SYMBOL);
            cell.setCellStyle(styles.suppressed);
        } else {
            cell.setBlank();
        }
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle literal;
        final CellStyle suppressed;
        final Map<SheetTable.Style, CellStyle> numbers = new EnumMap<>(SheetTable.Style.class);

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            literal = book.createCellStyle();
            literal.setQuotePrefixed(true);
            suppressed = book.createCellStyle();
            suppressed.setAlignment(HorizontalAlignment.RIGHT);
            numbers.put(SheetTable.Style.COUNT, numberStyle(book, "0"));
            numbers.put(SheetTable.Style.PERCENT, numberStyle(book, "0.0%"));
            numbers.put(SheetTable.Style.DECIMAL, numberStyle(book, "0.000"));
        }

        private static CellStyle numberStyle(Workbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
