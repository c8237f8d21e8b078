package no.retthylle.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the public files of a written report back for tests: PDF text, workbook cells. */
final class ReportOutputs {

    private ReportOutputs() {
    }

    /** The PDF's text with every run of white space as one space. */
    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** A workbook cell as it reads back: its string, or its number. */
    record XlsxCell(String sheet, int row, int column, CellType type, String text, double number) {
    }

    /** Every non-blank cell of the workbook. */
    static List<XlsxCell> xlsxCells(Path xlsx) throws IOException {
        List<XlsxCell> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        CellType type = c.getCellType();
                        if (type == CellType.STRING) {
                            cells.add(new XlsxCell(sheet.getSheetName(), row.getRowNum(), c.getColumnIndex(), type,
                                    c.getStringCellValue(), Double.NaN));
                        } else if (type != CellType.BLANK) {
                            cells.add(new XlsxCell(sheet.getSheetName(), row.getRowNum(), c.getColumnIndex(), type,
                                    "", c.getNumericCellValue()));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
