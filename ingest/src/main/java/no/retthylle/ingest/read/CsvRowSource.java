package no.retthylle.ingest.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV file read from a {@link Reader}, streamed record by record.
 *
 * <p>The delimiter is {@code ;} or {@code ,}: whichever occurs more often outside quotes in
 * the header line ({@code ,} on a tie, e.g. a one-column file). Quoting follows RFC 4180
 * (a quote inside a quoted value is doubled; a quoted value may span lines). A leading
 * byte-order mark is dropped. A row's line is the physical line where it starts, so a row
 * after a value spanning two lines is numbered accordingly.
 *
 * <p>Two things stop the reading, as no reading of them is safe: a byte-order mark
 * ({@code U+FEFF}) anywhere after the start (two files joined into one), and a data row
 * that is one cell holding the other delimiter while the header has several (a file whose
 * rows use two delimiters).
 */
public final class CsvRowSource implements RowSource {

    private static final int MAX_HEADER_CHARS = 1 << 20;
    private static final String MALFORMED = "malformed CSV: a quoted value is not closed, or a closing"
            + " quote is followed by other characters (a quote inside a quoted value must be doubled)";

    private static final char BOM = '\uFEFF';

    private final CSVParser parser;
    private final char delimiter;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvRowSource(CSVParser parser, char delimiter) throws SourceFormatException {
        this.parser = parser;
        this.delimiter = delimiter;
        this.records = parser.iterator();
        Optional<SourceRow> first = next();
        if (first.isEmpty()) {
            throw new SourceFormatException(1, "the file has no header row");
        }
        if (first.get().line() != 1) {
            throw new SourceFormatException(1, "the first line is empty: it must be the header row");
        }
        this.header = first.get().cells();
    }

    /** Starts reading {@code text}; the header row is read at once. */
    public static CsvRowSource open(Reader text) throws IOException, SourceFormatException {
        BufferedReader buffered = new BufferedReader(text);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        buffered.mark(MAX_HEADER_CHARS);
        String firstLine = buffered.readLine();
        if (firstLine == null) {
            throw new SourceFormatException(1, "the file is empty: a header row is required");
        }
        buffered.reset();
        char delimiter = delimiterOf(firstLine);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        return new CsvRowSource(CSVParser.parse(buffered, format), delimiter);
    }

    /** {@code ;} if it occurs more often than {@code ,} outside double quotes, else {@code ,}. */
    static char delimiterOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() throws SourceFormatException {
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return Optional.empty();
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new SourceFormatException(start, e.getCause() instanceof CharacterCodingException
                        ? "the text is not valid in the chosen encoding" : MALFORMED);
            }
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(value -> cells.add(value.strip()));
            requireOneFile(start, cells);
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                return Optional.of(new SourceRow(start, cells));
            }
        }
    }

    /** Stops on a byte-order mark inside the file and on a row written with the other delimiter. */
    private void requireOneFile(long line, List<String> cells) throws SourceFormatException {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf(BOM) >= 0) {
                throw new SourceFormatException(line, "column number " + (i + 1) + " holds a byte-order mark (the"
                        + " invisible character U+FEFF) in the middle of the file; were two files joined"
                        + " together? Remove it");
            }
        }
        char other = delimiter == ',' ? ';' : ',';
        if (header != null && header.size() > 1 && cells.size() == 1 && cells.get(0).indexOf(other) >= 0) {
            throw new SourceFormatException(line, "the line is separated by '" + other + "' but the header by '"
                    + delimiter + "'; use one delimiter in the whole file");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
