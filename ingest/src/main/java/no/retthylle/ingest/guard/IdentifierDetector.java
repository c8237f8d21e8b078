package no.retthylle.ingest.guard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct identifiers inside a cell, anywhere in its text (so a number inside a
 * free-text note is found too).
 *
 * <ul>
 *   <li>National ID: 11 digits not touching other digits, optionally written {@code ddmmyy
 *       nnnnn}, with valid {@link NationalIdNumber check digits}. A cell of exactly 10
 *       digits is also tested with a leading zero, because spreadsheets drop it from
 *       numbers such as {@code 01010112377}; {@link #nationalId} returns the 11-digit form.
 *   <li>E-mail: {@code local@domain.tld}.
 *   <li>Phone: 8 digits starting 2–9, spaces allowed between digits, optionally prefixed
 *       {@code +47} or {@code 0047}, not touching other digits. An 8-digit number such as
 *       {@code 20200901} therefore counts as a phone number: stopping is the safe side.
 * </ul>
 */
public final class IdentifierDetector {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6}) ?(\\d{5})(?!\\d)");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    /**
     * The local part is matched only from the start of a run of its characters, and
     * possessively: a long cell without an address is then scanned once, in linear time,
     * instead of once per start position (a 10 MB cell took hours).
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d ?)(?<!\\+)(?:(?:\\+|00)47 ?)?[2-9](?: ?\\d){7}(?! ?\\d)");

    private IdentifierDetector() {
    }

    /**
     * The first kind of identifier found in {@code cell}, checked in the order of {@link IdentifierKind}.
     *
     * <p>A national ID needs at least 10 ASCII digits, a phone number 8 ({@code \d} is
     * {@code [0-9]} in these patterns) and an e-mail address an {@code @}; a pattern is only
     * tried on a cell that has what it needs, which one pass over the characters tells. Most
     * cells (codes, dates, short numbers) then need no regular expression: matching every
     * cell was the largest part of ingest's first phase.
     */
    public static Optional<IdentifierKind> find(String cell) {
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
            at |= c == '@';
        }
        if (digits >= 10 && (nationalId(cell).isPresent() || containsNationalId(cell))) {
            return Optional.of(IdentifierKind.NATIONAL_ID);
        }
        if (at && EMAIL.matcher(cell).find()) {
            return Optional.of(IdentifierKind.EMAIL);
        }
        if (digits >= 8 && PHONE.matcher(cell).find()) {
            return Optional.of(IdentifierKind.PHONE);
        }
        return Optional.empty();
    }

    /**
     * The 11-digit national ID when the whole cell is one (11 digits, or 10 digits whose
     * leading zero was lost), else empty.
     */
    public static Optional<String> nationalId(String cell) {
        String digits = TEN_DIGITS.matcher(cell).matches() ? "0" + cell : cell;
        return NationalIdNumber.hasValidCheckDigits(digits) ? Optional.of(digits) : Optional.empty();
    }

    private static boolean containsNationalId(String cell) {
        Matcher m = ELEVEN_DIGITS.matcher(cell);
        while (m.find()) {
            if (NationalIdNumber.hasValidCheckDigits(m.group(1) + m.group(2))) {
                return true;
            }
        }
        return false;
    }
}
