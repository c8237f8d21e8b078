package no.retthylle.ingest.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsing of trimmed, non-empty cells into typed values. Each method returns empty when the
 * text is not a valid value of its type.
 */
public final class CellValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private CellValues() {
    }

    /**
     * A date written {@code yyyy-MM-dd} or {@code dd.MM.yyyy}, with two-digit day and month
     * and a four-digit year; impossible dates such as {@code 31.02.2020} are invalid.
     */
    public static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** {@code true/false}, {@code yes/no}, {@code ja/nei} or {@code 1/0}, any case. */
    public static Optional<Boolean> bool(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1":
                return Optional.of(Boolean.TRUE);
            case "false", "no", "nei", "0":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /** A whole number of at most nine digits, optionally negative; no sign {@code +}, no decimals. */
    public static Optional<Integer> integer(String text) {
        return INTEGER.matcher(text).matches() ? Optional.of(Integer.valueOf(text)) : Optional.empty();
    }
}
