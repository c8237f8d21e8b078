package no.retthylle.analysis.marts;

import static no.retthylle.analysis.marts.MartRows.count;
import static no.retthylle.analysis.tables.IntroStatusTable.EDUCATION;
import static no.retthylle.analysis.tables.IntroStatusTable.EXIT_YEAR;
import static no.retthylle.analysis.tables.IntroStatusTable.N;
import static no.retthylle.analysis.tables.IntroStatusTable.OTHER;
import static no.retthylle.analysis.tables.IntroStatusTable.WORK;

import no.retthylle.analysis.stats.Proportion;
import no.retthylle.analysis.tables.IntroStatusTable;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.Row;

/** {@code intro_status.csv} from {@code mart_intro_status.sql}, with the Wilson interval of work or education. */
public final class IntroStatusMart {

    public static final String MODEL = "mart/mart_intro_status";

    private IntroStatusMart() {
    }

    /** The table over the shared models; without reportable exit years it has no rows. */
    public static IntroStatusTable compute(SqlModels models) {
        return new IntroStatusTable(MartRows.collect(models, MODEL).stream().map(IntroStatusMart::row).toList());
    }

    private static IntroStatusTable.Row row(Row mart) {
        long work = count(mart, WORK);
        long education = count(mart, EDUCATION);
        return new IntroStatusTable.Row(MartRows.group(mart), mart.<Integer>getAs(EXIT_YEAR),
                work, education, count(mart, OTHER), Proportion.wilson(work + education, count(mart, N)));
    }
}
