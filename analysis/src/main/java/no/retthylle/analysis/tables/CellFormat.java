package no.retthylle.analysis.tables;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How numbers are written into metric cells, independent of the locale.
 *
 * <p>Counts are plain integers. Rates and interval bounds are fractions rounded to 12
 * significant digits (half up), with trailing zeros stripped and no exponent:
 * {@code 0.7}, {@code 0.0967714111058}, {@code 1}, {@code 0}. A value that is not
 * defined ({@link Double#NaN}, e.g. a rate over zero trials) or not finite is the empty
 * cell.
 */
public final class CellFormat {

    private static final MathContext SIGNIFICANT_DIGITS = new MathContext(12);

    private CellFormat() {
    }

    /** A count, e.g. {@code 15}. */
    public static String count(long count) {
        return Long.toString(count);
    }

    /** A rate or bound as a plain decimal fraction; empty when not finite. */
    public static String fraction(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros().toPlainString();
    }
}
