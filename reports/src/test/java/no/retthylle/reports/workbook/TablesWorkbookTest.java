package no.retthylle.reports.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TablesWorkbookTest {

    private static final List<String> DANGEROUS = List.of("=1+1", "+4799999999", "-2+3", "@SUM(A1:A2)",
            "=HYPERLINK(\"http://example.invalid\",\"x\")");

    @Test
    void textThatLooksLikeAFormulaReadsBackAsQuotedLiteralText() throws IOException {
        List<List<SheetTable.SheetCell>> rows = DANGEROUS.stream()
                .<List<SheetTable.SheetCell>>map(t -> List.of(new SheetTable.Text(t))).toList();
        try (XSSFWorkbook book = read(new SheetTable("groups", List.of("group"), rows))) {
            Sheet sheet = book.getSheet("groups");
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType(), DANGEROUS.get(i));
                assertEquals(DANGEROUS.get(i), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), DANGEROUS.get(i));
            }
        }
    }

    @Test
    void plainTextGetsNoQuotePrefix() throws IOException {
        SheetTable table = new SheetTable("t", List.of("group"), List.of(List.of(new SheetTable.Text("cohort 1"))));
        try (XSSFWorkbook book = read(table)) {
            assertFalse(book.getSheet("t").getRow(1).getCell(0).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void headerIsBoldFilledAndFrozenAndSuppressedCellsShowAColon() throws IOException {
        SheetTable table = new SheetTable("completion", List.of("group", "n", "rate", "ci_low"), List.of(List.of(
                new SheetTable.Text("all"), new SheetTable.Number(15, SheetTable.Style.COUNT),
                new SheetTable.Suppressed(), new SheetTable.Empty())));
        try (XSSFWorkbook book = read(table)) {
            Sheet sheet = book.getSheet("completion");
            Row header = sheet.getRow(0);
            assertEquals("rate", header.getCell(2).getStringCellValue());
            assertTrue(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCell(0).getCellStyle().getFillPattern());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            Row row = sheet.getRow(1);
            assertEquals(15.0, row.getCell(1).getNumericCellValue());
            assertEquals(":", row.getCell(2).getStringCellValue());
            assertEquals(CellType.BLANK, row.getCell(3).getCellType());
        }
    }

    private static XSSFWorkbook read(SheetTable table) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(TablesWorkbook.bytes(List.of(table))));
    }
}
