package no.retthylle.ingest.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed values of an enum column: canonical names, matched case-insensitively, plus
 * aliases that map to a canonical name, and optionally the value an empty cell stands for.
 */
public final class Domain {

    private final List<String> values;
    private final Map<String, String> lookup;
    private final String whenEmpty;

    private Domain(List<String> values, Map<String, String> lookup, String whenEmpty) {
        this.values = List.copyOf(values);
        this.lookup = Map.copyOf(lookup);
        this.whenEmpty = whenEmpty;
    }

    /** A domain of these canonical values, no aliases, empty meaning missing. */
    public static Domain of(String... values) {
        Map<String, String> lookup = new LinkedHashMap<>();
        for (String value : values) {
            lookup.put(value.toLowerCase(Locale.ROOT), value);
        }
        return new Domain(List.of(values), lookup, null);
    }

    /** This domain with {@code alias} (any case) read as {@code canonical}. */
    public Domain withAlias(String alias, String canonical) {
        Map<String, String> lookup = new LinkedHashMap<>(this.lookup);
        lookup.put(alias.toLowerCase(Locale.ROOT), canonical);
        return new Domain(values, lookup, whenEmpty);
    }

    /** This domain with an empty cell read as {@code value}. */
    public Domain emptyMeans(String value) {
        return new Domain(values, lookup, value);
    }

    /** The canonical value for {@code text}, if it is a value or an alias. */
    public Optional<String> canonical(String text) {
        return Optional.ofNullable(lookup.get(text.toLowerCase(Locale.ROOT)));
    }

    /** What an empty cell stands for, if anything. */
    public Optional<String> whenEmpty() {
        return Optional.ofNullable(whenEmpty);
    }

    /** The canonical values, comma-separated, for messages. */
    public String allowed() {
        return String.join(", ", values);
    }
}
