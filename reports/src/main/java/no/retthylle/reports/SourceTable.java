package no.retthylle.reports;

import java.util.List;
import no.retthylle.analysis.ShareCounts;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricTable;

/**
 * A metric table as read, before disclosure control.
 *
 * @param table the exact values
 * @param keys per row, its key cells as written (in {@link MetricFamily#keys} order)
 * @param texts per row, its text cells (in {@link MetricFamily#texts} order)
 */
record SourceTable(MetricFamily family, MetricTable table, List<List<String>> keys, List<List<String>> texts) {

    SourceTable {
        keys = keys.stream().map(List::copyOf).toList();
        texts = texts.stream().map(List::copyOf).toList();
    }

    /**
     * The table after the rules of its own layout, with the denominators that are not in its CSV
     * added first ({@link FunnelDenominator}, {@link ShareDenominators} from {@code shares});
     * rules across tables follow in {@link LinkedSuppression}.
     */
    PublishedTable protect(ReportSettings settings, ShareCounts shares) {
        MetricTable exact = family == MetricFamilies.FUNNEL ? FunnelDenominator.added(table)
                : ShareDenominators.added(table, family, shares);
        return new PublishedTable(family,
                DisclosureControl.protect(exact, family.layout(), settings.mode(), settings.minCell()), keys, texts);
    }
}
