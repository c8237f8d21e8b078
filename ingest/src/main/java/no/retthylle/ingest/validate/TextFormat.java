package no.retthylle.ingest.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Participants;

/**
 * Rules for string columns, by column name.
 *
 * <ul>
 *   <li>{@code person_id}, {@code mentor_id}, {@code host_org_id}: pseudonyms of 1–64
 *       letters, digits, {@code _} or {@code -}.
 *   <li>{@code municipality}: a 4-digit kommunenummer. Three digits are read with the
 *       leading zero a spreadsheet drops ({@code 301} → {@code 0301}, Oslo).
 *   <li>{@code education_field}: a code, lower-cased; letters a–z, digits and {@code _}.
 *   <li>any other string column ({@code cohort}, {@code goal_id}): at most 64 characters.
 * </ul>
 */
enum TextFormat {
    PSEUDONYM("not a valid pseudonym (1 to 64 letters, digits, _ or -)"),
    MUNICIPALITY("not a 4-digit municipality number (kommunenummer)"),
    CODE("not a code (lower-case letters a-z, digits and _)"),
    SHORT_TEXT("longer than 64 characters");

    private static final Pattern PSEUDONYM_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern MUNICIPALITY_PATTERN = Pattern.compile("\\d{3,4}");
    private static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9_]{1,64}");
    private static final int MAX_TEXT = 64;

    private final String problem;

    TextFormat(String problem) {
        this.problem = problem;
    }

    static TextFormat of(String column) {
        switch (column) {
            case Participants.PERSON_ID, Enrolments.MENTOR_ID, Enrolments.HOST_ORG_ID:
                return PSEUDONYM;
            case Participants.MUNICIPALITY:
                return MUNICIPALITY;
            case Participants.EDUCATION_FIELD:
                return CODE;
            default:
                return SHORT_TEXT;
        }
    }

    /** The canonical text, or empty when the text breaks the format. */
    Optional<String> canonical(String text) {
        switch (this) {
            case PSEUDONYM:
                return PSEUDONYM_PATTERN.matcher(text).matches() ? Optional.of(text) : Optional.empty();
            case MUNICIPALITY:
                return MUNICIPALITY_PATTERN.matcher(text).matches()
                        ? Optional.of(text.length() == 3 ? "0" + text : text) : Optional.empty();
            case CODE:
                String code = text.toLowerCase(Locale.ROOT);
                return CODE_PATTERN.matcher(code).matches() ? Optional.of(code) : Optional.empty();
            default:
                return text.length() <= MAX_TEXT ? Optional.of(text) : Optional.empty();
        }
    }

    /** The reject reason when {@link #canonical} is empty. */
    String problem() {
        return problem;
    }
}
