package no.retthylle.reports;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the report and its figures: Norwegian bokmål (default) or English. Texts come
 * from {@code texts.properties} (bokmål) and {@code texts_en.properties}; numbers and dates use
 * the language's conventions (decimal comma in bokmål).
 */
public enum Language {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** {@code nb} or {@code en}; anything else is refused. */
    public static Language of(String tag) {
        return switch (tag) {
            case "nb" -> NB;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be nb or en, got " + tag);
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO code written into the HTML {@code lang} attribute. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The text under {@code key}, with {@code {0}}, {@code {1}} ... replaced by the arguments as given. */
    public String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(strings);
    }

    /** Whether there is a text under {@code key}. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The text under {@code key}, or {@code fallback} when there is none (a group name from the data). */
    public String label(String key, String fallback) {
        return has(key) ? bundle().getString(key) : fallback;
    }

    /** A number with at most {@code digits} decimals ("3,5" in bokmål). */
    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A number with exactly {@code digits} decimals ("0,40"). */
    public String fixed(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /** A p-value with three decimals; below 0.001 as "&lt; 0,001". */
    public String pValue(double p) {
        return p < 0.001 ? "< " + fixed(0.001, 3) : fixed(p, 3);
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle("no.retthylle.reports.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A proportion as a percentage with one decimal ("66,7 %" in bokmål, "66.7%" in English). */
    public String percent(double proportion) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(proportion);
    }

    /** A proportion on an axis as a whole percentage ("40 %"). */
    public String axisPercent(double proportion) {
        return NumberFormat.getPercentInstance(locale).format(proportion);
    }

    /** A count with the language's grouping. */
    public String count(double count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    /** A date in the language's long form ("1. september 2020"). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
