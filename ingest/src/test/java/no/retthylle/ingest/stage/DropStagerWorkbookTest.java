package no.retthylle.ingest.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record types read from sheets of an .xlsx workbook in the drop. */
class DropStagerWorkbookTest {

    @TempDir
    Path tmp;
    Path drop;
    Path staging;

    @BeforeEach
    void writeDropWithParticipantsInAWorkbook() throws Exception {
        drop = TestDrop.write(tmp.resolve("drop"));
        staging = tmp.resolve("staging");
        Files.delete(drop.resolve("participants.csv"));
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(drop.resolve("export.xlsx"))) {
            workbook.createSheet("Oversikt").createRow(0).createCell(0).setCellValue("not a record sheet");
            Sheet sheet = workbook.createSheet("Participants");
            String[] header = {"person_id", "municipality", "arrival_date", "track", "birth_year"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("p1");
            row.createCell(1).setCellValue(301); // a number: Excel dropped Oslo's leading zero
            Cell arrival = row.createCell(2);
            arrival.setCellValue(LocalDate.of(2016, 5, 2));
            arrival.setCellStyle(dates);
            row.createCell(3).setCellValue(3);
            Cell birthYear = row.createCell(4);
            birthYear.setCellFormula("1980+5");
            birthYear.setCellValue(1985); // cached result, as Excel saves it
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("p2");
            bad.createCell(1).setCellValue(5001);
            bad.createCell(2).setCellValue("2016-05-02");
            bad.createCell(3).setCellValue(4);
            workbook.write(out);
        }
    }

    @Test
    void sheetIsReadWithSheetRowNumbersAndCanonicalValues() throws Exception {
        StagedDrop staged = new DropStager(IngestOptions.defaults()).stage(drop, staging);
        StagedFile participants = staged.files().get(0);
        assertEquals(drop.resolve("export.xlsx").toRealPath(), participants.input());
        assertEquals(2, participants.rowsRead());
        assertEquals(1, participants.rowsRejected());
        assertEquals("_line,person_id,municipality,gender,birth_year,arrival_date,education_level,education_field,"
                + "nokut_approved,norwegian_level,track\n"
                + "2,p1,0301,unknown,1985,2016-05-02,unknown,,unknown,unknown,3\n",
                Files.readString(staging.resolve("participants.csv")));
        assertTrue(Files.readString(staging.resolve("rejects.csv"))
                .contains("export.xlsx!Participants,4,track,4,out of range: must be between 1 and 3\n"));
    }

    @Test
    void recordTypeGivenAsCsvAndAsSheetStops() throws Exception {
        Files.writeString(drop.resolve("participants.csv"), TestDrop.FILES.get("participants.csv"));
        Files.delete(drop.resolve("goals.csv")); // makes the stager look into workbooks
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(drop.resolve("goals.xlsx"))) {
            workbook.createSheet("goals").createRow(0).createCell(0).setCellValue("person_id");
            workbook.write(out);
        }
        DropException e = assertThrows(DropException.class,
                () -> new DropStager(IngestOptions.defaults()).stage(drop, staging));
        assertEquals("participants is given more than once (participants.csv, export.xlsx!Participants); keep one",
                e.getMessage());
    }

    @Test
    void fileThatIsNotAWorkbookStops() throws Exception {
        Files.writeString(drop.resolve("broken.xlsx"), "not a zip");
        DropException e = assertThrows(DropException.class,
                () -> new DropStager(IngestOptions.defaults()).stage(drop, staging));
        assertEquals("could not read broken.xlsx as an .xlsx workbook", e.getMessage());
    }
}
