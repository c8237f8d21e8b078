package no.retthylle.reports.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the cells of a metric table are, as far as disclosure control needs to know: which
 * columns are counts, which are rates of which counts, which values derive from which, which
 * counts are parts of a row total, and which group types add up to the {@code all} row.
 *
 * <p>Build one with {@link #builder()}; for example completion.csv declares its status counts,
 * {@code rate_on_time} over {@code n_matured}, the interval derived from the rate, the status
 * counts as parts of {@code n_enrolled}, and cohorts, tracks and genders as summing to
 * {@code all}.
 */
public record TableLayout(Set<String> counts, List<Rate> rates, List<Derived> derived,
                          List<RowSum> rowSums, Set<String> groupTypesSummingToAll) {

    /**
     * A rate numerator ÷ denominator.
     *
     * @param numerator the numerator's count column; empty when the table does not publish the
     *     numerator, which is then taken as round(rate × denominator)
     */
    public record Rate(String column, Optional<String> numerator, String denominator) {
    }

    /**
     * A value computed from other cells of its row (an interval, a mean, a share ...).
     *
     * @param sources the cells it is computed from; it is suppressed with any of them
     * @param persons the count of persons it is computed over; it is suppressed when that count
     *     is below k
     */
    public record Derived(String column, List<String> sources, String persons) {
    }

    /** Counts of one row that add up to the row's total. */
    public record RowSum(String total, List<String> parts) {
    }

    public TableLayout {
        counts = Set.copyOf(counts);
        rates = List.copyOf(rates);
        derived = List.copyOf(derived);
        rowSums = List.copyOf(rowSums);
        groupTypesSummingToAll = Set.copyOf(groupTypesSummingToAll);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a layout declaration by declaration. */
    public static final class Builder {
        private final List<String> counts = new ArrayList<>();
        private final List<Rate> rates = new ArrayList<>();
        private final List<Derived> derived = new ArrayList<>();
        private final List<RowSum> rowSums = new ArrayList<>();
        private final List<String> summing = new ArrayList<>();

        private Builder() {
        }

        /** Count columns: additive numbers of persons or spells. */
        public Builder counts(String... columns) {
            counts.addAll(List.of(columns));
            return this;
        }

        /** A rate whose numerator is published in its own column. */
        public Builder rate(String column, String numerator, String denominator) {
            rates.add(new Rate(column, Optional.of(numerator), denominator));
            return this;
        }

        /** A rate whose numerator the table does not publish. */
        public Builder rateOver(String column, String denominator) {
            rates.add(new Rate(column, Optional.empty(), denominator));
            return this;
        }

        /** A value computed from {@code sources} over the persons counted in {@code persons}. */
        public Builder derived(String column, String persons, String... sources) {
            derived.add(new Derived(column, List.of(sources), persons));
            return this;
        }

        /** Counts of a row that add up to its {@code total}. */
        public Builder rowSum(String total, String... parts) {
            rowSums.add(new RowSum(total, List.of(parts)));
            return this;
        }

        /** Group types whose groups add up to the {@code all} row in every count column. */
        public Builder groupTypesSummingToAll(String... groupTypes) {
            summing.addAll(List.of(groupTypes));
            return this;
        }

        public TableLayout build() {
            return new TableLayout(new LinkedHashSet<>(counts), rates, derived, rowSums,
                    new LinkedHashSet<>(summing));
        }
    }
}
