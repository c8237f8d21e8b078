package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.INPUT;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.analysis.RunContext;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.warehouse.Manifest;

/**
 * The data-quality summary: rows read and rejected per input file, from run.json's
 * {@code inputs}, with a total row. The counts are published only under the disclosure rule
 * ({@link MetricLayouts#INPUTS}), like every other count.
 */
final class InputsTable {

    private InputsTable() {
    }

    /** One row per input file in run.json order, then the total (key {@code all}). */
    static SourceTable of(RunContext run) {
        List<MetricRow> rows = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        long read = 0;
        long rejected = 0;
        for (Manifest.FileEntry f : run.inputs()) {
            rows.add(new MetricRow(INPUT, f.input(), "", new double[] {f.rowsRead(), f.rowsRejected()}));
            keys.add(List.of(f.input()));
            read += f.rowsRead();
            rejected += f.rowsRejected();
        }
        rows.add(new MetricRow(ALL, ALL, "", new double[] {read, rejected}));
        keys.add(List.of(ALL));
        List<List<String>> texts = keys.stream().map(k -> List.<String>of()).toList();
        MetricFamily family = MetricFamilies.INPUTS;
        return new SourceTable(family, new MetricTable(family.values(), rows), keys, texts);
    }
}
