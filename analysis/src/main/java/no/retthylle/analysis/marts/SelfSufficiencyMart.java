package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;

import no.retthylle.analysis.tables.SelfSufficiencyTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** {@code self_sufficiency.csv} from {@code mart_self_sufficiency.sql}. */
public final class SelfSufficiencyMart {

    public static final String MODEL = "mart/mart_self_sufficiency";

    private SelfSufficiencyMart() {
    }

    /** The table over the shared models; without spells that have a job it has no rows. */
    public static SelfSufficiencyTable compute(SqlModels models) {
        return new SelfSufficiencyTable(MartRows.collect(models, MODEL).stream()
                .map(SelfSufficiencyMart::row).toList());
    }

    private static SelfSufficiencyTable.Row row(Row mart) {
        return new SelfSufficiencyTable.Row(MartRows.group(mart),
                count(mart, SelfSufficiencyTable.N_JOB), count(mart, SelfSufficiencyTable.FULL),
                count(mart, SelfSufficiencyTable.SUBSIDISED), count(mart, SelfSufficiencyTable.PARTIAL));
    }
}
