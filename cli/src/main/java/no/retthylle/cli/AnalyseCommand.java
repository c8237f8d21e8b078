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

/** {@code analyse}: the current snapshot becomes the metric tables in {@code OUT/metrics}. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        description = "Compute the metric tables of the warehouse's current snapshot into OUT/metrics.")
final class AnalyseCommand implements Callable<Integer> {

    @Option(names = "--warehouse", required = true, paramLabel = "WH", description = "The warehouse folder.")
    Path warehouse;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The output folder.")
    Path out;

    @Mixin
    CommonOptions common;
    @Mixin
    AnalysisOptionsMixin analysisOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = common.openSpark();
        try {
            new Stages(spec.commandLine().getOut()).analyse(spark, new Warehouse(warehouse), out, analysisOptions);
        } finally {
            SparkSessions.release(spark);
        }
        return 0;
    }
}
