package no.retthylle.ingest.stage;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Properties;
import no.retthylle.ingest.validate.CellValues;

/**
 * {@code drop.properties}: {@code extract_date} (required, {@code yyyy-MM-dd} or
 * {@code dd.MM.yyyy}) and {@code source} (optional free text, empty when absent).
 * Java properties syntax, so a backslash in {@code source} must be doubled.
 */
record DropProperties(LocalDate extractDate, String source) {

    static final String FILE = "drop.properties";
    private static final String EXTRACT_DATE = "extract_date";
    private static final String SOURCE = "source";

    static DropProperties read(Reader text) throws IOException, DropException {
        Properties properties = new Properties();
        properties.load(text);
        String extractDate = properties.getProperty(EXTRACT_DATE, "").strip();
        if (extractDate.isEmpty()) {
            throw new DropException(FILE + ": " + EXTRACT_DATE
                    + " is missing (the date the data was taken out, e.g. extract_date=2020-09-01)");
        }
        LocalDate date = CellValues.date(extractDate).orElseThrow(() -> new DropException(FILE + ": "
                + EXTRACT_DATE + " is not a valid date (use yyyy-MM-dd or dd.MM.yyyy)"));
        return new DropProperties(date, properties.getProperty(SOURCE, "").strip());
    }
}
