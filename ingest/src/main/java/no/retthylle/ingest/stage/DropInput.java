package no.retthylle.ingest.stage;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where one record type is read from.
 *
 * @param file the CSV file, or the workbook holding the sheet
 * @param label the name in messages: {@code participants.csv} or {@code drop.xlsx!participants}
 * @param sheet the sheet, or {@code null} for a CSV file
 */
record DropInput(Path file, String label, Sheet sheet) {
}
