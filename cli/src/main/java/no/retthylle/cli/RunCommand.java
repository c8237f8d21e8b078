package no.retthylle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.retthylle.warehouse.Warehouse;
import no.retthylle.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: ingest, analyse and report, in that order. The warehouse is {@code OUT/warehouse}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest a drop, compute every metric and write the report: OUT/warehouse, OUT/metrics, OUT/report.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DROP", description = "The drop folder.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The output folder.")
    Path out;

    @Mixin
    CommonOptions common;
    @Mixin
    IngestOptionsMixin ingestOptions;
    @Mixin
    AnalysisOptionsMixin analysisOptions;
    @Mixin
    ReportOptionsMixin reportOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var reportSettings = reportOptions.settings();
        var ingestSettings = ingestOptions.settings();
        Stages stages = new Stages(spec.commandLine().getOut());
        SparkSession spark = common.openSpark();
        try {
            stages.ingest(spark, input, new Warehouse(out.resolve("warehouse")), ingestSettings);
            stages.analyse(spark, new Warehouse(out.resolve("warehouse")), out, analysisOptions);
        } finally {
            SparkSessions.release(spark);
        }
        stages.report(out, reportSettings);
        spec.commandLine().getOut().println("The report is " + out.resolve(Stages.REPORT).resolve("report.html"));
        return 0;
    }
}
