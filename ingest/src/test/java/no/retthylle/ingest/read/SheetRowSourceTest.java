package no.retthylle.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetRowSourceTest {

    /** Writes the workbook to bytes and reads it back, as the ingest reads a saved file. */
    private static Sheet saved(Workbook workbook, String sheetName) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray())).getSheet(sheetName);
    }

    private static Workbook participantsWorkbook() {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("participants");
        Row header = sheet.createRow(0);
        String[] names = {"person_id", "arrival_date", "municipality", "track", "fte", "nokut", "sum"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("  p1 ");
        Cell date = row.createCell(1);
        date.setCellValue(LocalDate.of(2019, 3, 4));
        date.setCellStyle(dateStyle);
        row.createCell(2).setCellValue(5001.0);
        row.createCell(3).setCellValue(3);
        row.createCell(4).setCellValue(12.5);
        row.createCell(5).setCellValue(true);
        Cell formula = row.createCell(6);
        formula.setCellFormula("1+2");
        formula.setCellValue(7); // the cached result as saved; deliberately not 1+2, to show it is not evaluated
        return workbook;
    }

    @Test
    void cellsBecomeCanonicalText() throws Exception {
        SheetRowSource source = new SheetRowSource(saved(participantsWorkbook(), "participants"));
        assertEquals(List.of("person_id", "arrival_date", "municipality", "track", "fte", "nokut", "sum"),
                source.header());
        SourceRow row = source.next().orElseThrow();
        // text trimmed; date cell as yyyy-MM-dd; whole numbers without ".0"; 12.5 as is;
        // boolean as true; formula gives its cached value 7, not 3.
        assertEquals(List.of("p1", "2019-03-04", "5001", "3", "12.5", "true", "7"), row.cells());
        assertEquals(2L, row.line());
        assertFalse(source.next().isPresent());
    }

    @Test
    void formulaWithStringResultGivesTheCachedTextNotTheFormula() throws Exception {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("goals");
        sheet.createRow(0).createCell(0).setCellValue("status");
        Cell cell = sheet.createRow(1).createCell(0);
        cell.setCellFormula("HYPERLINK(\"http://example.invalid\",\"open\")");
        cell.setCellValue("open");
        SourceRow row = new SheetRowSource(saved(workbook, "goals")).next().orElseThrow();
        assertEquals(List.of("open"), row.cells());
    }

    @Test
    void lineIsTheSheetRowNumberAndEmptyRowsAreSkipped() throws Exception {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("events");
        sheet.createRow(0).createCell(0).setCellValue("person_id");
        sheet.createRow(1).createCell(0).setCellValue(" ");
        sheet.createRow(4).createCell(0).setCellValue("p9");
        SourceRow row = new SheetRowSource(saved(workbook, "events")).next().orElseThrow();
        assertEquals(5L, row.line()); // POI row index 4 is Excel row 5
    }

    @Test
    void missingCellsInsideARowAreEmpty() throws Exception {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("events");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("a");
        header.createCell(1).setCellValue("b");
        header.createCell(2).setCellValue("c");
        sheet.createRow(1).createCell(2).setCellValue("z");
        assertEquals(List.of("", "", "z"), new SheetRowSource(saved(workbook, "events")).next().orElseThrow().cells());
    }

    @Test
    void emptySheetHasNoHeader() throws Exception {
        Workbook workbook = new XSSFWorkbook();
        workbook.createSheet("goals");
        assertThrows(SourceFormatException.class, () -> new SheetRowSource(saved(workbook, "goals")));
    }
}
