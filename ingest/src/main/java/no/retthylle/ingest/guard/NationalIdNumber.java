package no.retthylle.ingest.guard;

/**
 * The mod-11 check digits of a Norwegian fødselsnummer or D-number (11 digits: 6 of date,
 * 3 individual digits, 2 check digits).
 *
 * <p>{@code k1 = 11 - (3d1 + 7d2 + 6d3 + 1d4 + 8d5 + 9d6 + 4d7 + 5d8 + 2d9) mod 11} and
 * {@code k2 = 11 - (5d1 + 4d2 + 3d3 + 2d4 + 7d5 + 6d6 + 5d7 + 4d8 + 3d9 + 2k1) mod 11}, where
 * a result of 11 means 0 and a result of 10 means the number cannot be valid. Only the
 * check digits are tested, not the date: D-numbers (+40 on the day), H-numbers and
 * synthetic test numbers (+80 on the month) must all be caught, and stopping on a rare
 * false positive is the safe side.
 */
public final class NationalIdNumber {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private NationalIdNumber() {
    }

    /** Whether {@code text} is exactly 11 ASCII digits whose last two are the check digits. */
    public static boolean hasValidCheckDigits(String text) {
        if (text.length() != 11 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(text, K1_WEIGHTS) == text.charAt(9) - '0'
                && checkDigit(text, K2_WEIGHTS) == text.charAt(10) - '0';
    }

    /** The check digit over the first {@code weights.length} digits; 10 (never a digit) when none exists. */
    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int digit = 11 - sum % 11;
        return digit == 11 ? 0 : digit;
    }
}
