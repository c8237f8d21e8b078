package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;
import static no.retthylle.analysis.tables.CompletionTable.COMPLETED_LATE;
import static no.retthylle.analysis.tables.CompletionTable.COMPLETED_ON_TIME;
import static no.retthylle.analysis.tables.CompletionTable.DROPPED_OUT;
import static no.retthylle.analysis.tables.CompletionTable.EDUCATION;
import static no.retthylle.analysis.tables.CompletionTable.N_ENROLLED;
import static no.retthylle.analysis.tables.CompletionTable.N_MATURED;
import static no.retthylle.analysis.tables.CompletionTable.ONGOING;
import static no.retthylle.analysis.tables.CompletionTable.PAUSED;

import no.retthylle.analysis.stats.Proportion;
import no.retthylle.analysis.tables.CompletionTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** {@code completion.csv} from {@code mart_completion.sql}, with the Wilson interval of rate_on_time. */
public final class CompletionMart {

    public static final String MODEL = "mart/mart_completion";
    /** The mart column of the matured spells completed on time: the numerator of rate_on_time. */
    static final String MATURED_ON_TIME = "matured_on_time";

    private CompletionMart() {
    }

    /** The table over the shared models; without mentor spells it has no rows. */
    public static CompletionTable compute(SqlModels models) {
        return new CompletionTable(MartRows.collect(models, MODEL).stream()
                .map(CompletionMart::row).toList());
    }

    private static CompletionTable.Row row(Row mart) {
        return new CompletionTable.Row(MartRows.group(mart),
                count(mart, N_ENROLLED), count(mart, N_MATURED),
                count(mart, COMPLETED_ON_TIME), count(mart, COMPLETED_LATE),
                count(mart, PAUSED), count(mart, EDUCATION),
                count(mart, DROPPED_OUT), count(mart, ONGOING),
                Proportion.wilson(count(mart, MATURED_ON_TIME), count(mart, N_MATURED)));
    }
}
