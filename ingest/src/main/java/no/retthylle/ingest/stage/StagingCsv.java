package no.retthylle.ingest.stage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.Rejects;

/**
 * The staging CSV format, the contract with phase 2: UTF-8 without BOM, comma-separated,
 * RFC 4180 quoting, {@code \n} line ends. A record type's file is {@code <name>.csv} with the
 * header {@code _line} followed by every contract column in contract order; values are
 * canonical text and the empty string is missing. {@code _line} is where the row starts in
 * its source. The rejects file is {@code rejects.csv} with header
 * {@code file,line,column,value,reason}.
 */
final class StagingCsv {

    /** The staging column holding the source line of a row. */
    static final String LINE = "_line";
    static final String REJECTS_FILE = "rejects.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private StagingCsv() {
    }

    /** The staging file name of a record type. */
    static String fileName(RecordType type) {
        return type.name() + ".csv";
    }

    /** A printer for a record type's staging file, header written. */
    static CSVPrinter records(Path file, RecordType type) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(LINE);
        header.addAll(type.columnNames());
        return open(file, header);
    }

    /** A printer for the rejects file, header written. */
    static CSVPrinter rejects(Path file) throws IOException {
        return open(file, Rejects.TYPE.columnNames());
    }

    private static CSVPrinter open(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return FORMAT.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
    }
}
