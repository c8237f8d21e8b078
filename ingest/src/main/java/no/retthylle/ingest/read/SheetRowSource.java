package no.retthylle.ingest.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Rows of one xlsx sheet. The first non-empty row is the header; a row's line is its sheet
 * row number (first row is 1).
 *
 * <p>Cells become text: date-formatted numbers become {@code yyyy-MM-dd} (a time of day is
 * dropped); whole numbers become integer text ({@code 5001}, not {@code 5001.0}); other
 * numbers their plain decimal text; booleans {@code true}/{@code false}. A formula cell
 * gives its cached result, converted the same way: formulas are never evaluated, so a
 * workbook saved without cached results gives empty cells. An error result gives its
 * Excel text ({@code #DIV/0!}), which then fails validation like any other bad value.
 */
public final class SheetRowSource implements RowSource {

    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private final Iterator<Row> rows;
    private final List<String> header;

    /** Starts reading {@code sheet}; the header row is read at once. */
    public SheetRowSource(Sheet sheet) throws SourceFormatException {
        this.rows = sheet.rowIterator();
        Optional<SourceRow> first = next();
        if (first.isEmpty()) {
            throw new SourceFormatException(1, "the sheet is empty: a header row is required");
        }
        this.header = first.get().cells();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)).strip());
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                return Optional.of(new SourceRow(row.getRowNum() + 1L, cells));
            }
        }
        return Optional.empty();
    }

    /** The cell as text, by the rules in the class comment; a missing cell is empty. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : number(cell.getNumericCellValue());
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case ERROR:
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            default:
                return "";
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Nothing to release: the workbook belongs to whoever opened it. */
    @Override
    public void close() {
    }
}
