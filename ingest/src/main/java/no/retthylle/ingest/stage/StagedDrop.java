package no.retthylle.ingest.stage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A staged drop.
 *
 * @param extractDate {@code extract_date} from {@code drop.properties}
 * @param source {@code source} from {@code drop.properties}, empty when not given
 * @param files one per record type, in {@link no.retthylle.warehouse.RecordTypes#ALL} order
 * @param rejectsCsv the rejects CSV ({@code file,line,column,value,reason})
 * @param warnings what the analyst should know: ignored and dropped columns, pseudonymised
 *     ids, cleared cells; never a value
 */
public record StagedDrop(LocalDate extractDate, String source, List<StagedFile> files, Path rejectsCsv,
        List<String> warnings) {

    public StagedDrop {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
