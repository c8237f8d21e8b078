package no.retthylle.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.analysis.AnalysisSettings;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sql}: Spark SQL over the warehouse's current snapshot, one query or a prompt. The
 * record types are the views {@code raw_<type>} (as stored), the staging and intermediate
 * models {@code stg_*} and {@code int_*} (as of {@code --as-of}). Its output is exact and
 * not disclosure-controlled, and it says so on standard error every time.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Query the warehouse's current snapshot with Spark SQL: run QUERY, or without it"
                + " read statements ended by ';' from standard input ('quit' or end of input stops).",
                "Views: raw_participants, raw_enrolments, raw_events, raw_outcomes, raw_assessments,"
                        + " raw_goals (the records as stored); the staging models stg_* and the intermediate"
                        + " models int_* (as of --as-of). 'SHOW VIEWS' lists them.",
                "The output is NOT disclosure-controlled: for the research team only."})
final class SqlCommand implements Callable<Integer> {

    static final String NOT_DISCLOSURE_CONTROLLED = "retthylle: warning: the output of 'sql' is exact and not"
            + " disclosure-controlled (small counts, pseudonymous ids): for the research team only";

    @Option(names = "--warehouse", required = true, paramLabel = "WH", description = "The warehouse folder.")
    Path warehouse;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "One SQL statement; without it, a prompt.")
    String query;

    @Option(names = "--csv", description = "Print results as CSV instead of an aligned table.")
    boolean csv;

    @Mixin
    CommonOptions common;
    @Mixin
    AnalysisOptionsMixin analysisOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getErr().println(NOT_DISCLOSURE_CONTROLLED);
        Warehouse wh = new Warehouse(warehouse);
        String snapshotId = Stages.currentSnapshot(wh);
        AnalysisSettings settings = analysisOptions.settings(
                LocalDate.parse(Stages.manifest(wh, snapshotId).extractDate()));
        SparkSession spark = common.openSpark();
        try {
            AnalysisJob.registerViews(spark, wh, snapshotId, settings);
            SqlConsole console = new SqlConsole(spark, spec.commandLine().getOut(), csv);
            if (query != null) {
                console.run(query);
            } else {
                console.prompt(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        spec.commandLine().getErr());
            }
        } finally {
            SparkSessions.release(spark);
        }
        return 0;
    }
}
