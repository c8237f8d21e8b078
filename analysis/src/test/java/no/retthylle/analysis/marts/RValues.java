package no.retthylle.analysis.marts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Golden values written by the R scripts under {@code src/test/resources/r/}, as CSV cell text. */
final class RValues {

    private RValues() {
    }

    /** The Wilson bounds {@code "low,high"} of x of n from {@code mart_intervals.csv} (R prop.test). */
    static String wilson(long x, long n) {
        return cells("mart_intervals.csv", x + "," + n + ",");
    }

    /** The value of a case in a two-column {@code case,value} golden, e.g. {@code mart_skills.csv}. */
    static String value(String resource, String caseName) {
        return cells(resource, caseName + ",");
    }

    /** The rest of the line that starts with {@code prefix}. */
    private static String cells(String resource, String prefix) {
        try (InputStream in = RValues.class.getResourceAsStream("/r/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource /r/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith(prefix)).findFirst()
                    .map(line -> line.substring(prefix.length()))
                    .orElseThrow(() -> new IllegalArgumentException(prefix + " not in " + resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
