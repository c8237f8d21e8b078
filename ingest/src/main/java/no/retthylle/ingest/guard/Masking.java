package no.retthylle.ingest.guard;

import java.util.regex.Pattern;

/**
 * How values appear in messages and in the rejects table. A value that may identify (one
 * an {@link IdentifierDetector} recognises, or one holding a run of six or more digits, such
 * as a date of birth or a partial ID) is replaced by as many {@code *} as it has
 * characters. Any other value is shown as is, cut to its first 100 characters.
 */
public final class Masking {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final int MAX_SHOWN = 100;

    private Masking() {
    }

    /** {@code *} repeated once per character of {@code value}: keeps the length, shows nothing. */
    public static String mask(String value) {
        return "*".repeat(value.length());
    }

    /** The value as it may be shown, by the rule in the class comment. */
    public static String shown(String value) {
        if (SIX_DIGITS.matcher(value).find() || IdentifierDetector.find(value).isPresent()) {
            return mask(value);
        }
        if (value.codePointCount(0, value.length()) <= MAX_SHOWN) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN));
    }
}
