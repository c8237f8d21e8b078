package no.retthylle.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares the entries of a written share_counts.json with expected ones. */
public final class ShareCountsAssertions {

    private ShareCountsAssertions() {
    }

    /**
     * Asserts that the file's entries of {@code table}, in file order, are exactly the expected
     * ones, each written {@code "group_type group column numerator/denominator"}, e.g.
     * {@code "all all share_all_12 1/2"}. The file is read as plain JSON, so its key names are
     * checked too.
     */
    public static void assertShareCounts(Path file, String table, String... expected) throws IOException {
        List<String> actual = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(file.toFile()).get("shares")) {
            if (entry.get("table").asText().equals(table)) {
                actual.add(entry.get("group_type").asText() + " " + entry.get("group").asText() + " "
                        + entry.get("column").asText() + " " + entry.get("numerator").asLong() + "/"
                        + entry.get("denominator").asLong());
            }
        }
        assertEquals(List.of(expected), actual, file.getFileName() + " " + table);
    }
}
