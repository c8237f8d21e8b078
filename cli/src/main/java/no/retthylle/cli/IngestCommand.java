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

/** {@code ingest}: a drop becomes a new snapshot in a warehouse, made current when complete. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Validate a drop and write it as a Parquet snapshot into a warehouse.")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DROP", description = "The drop folder.")
    Path input;

    @Option(names = "--warehouse", required = true, paramLabel = "WH", description = "The warehouse folder.")
    Path warehouse;

    @Mixin
    CommonOptions common;
    @Mixin
    IngestOptionsMixin ingestOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var settings = ingestOptions.settings();
        SparkSession spark = common.openSpark();
        try {
            new Stages(spec.commandLine().getOut()).ingest(spark, input, new Warehouse(warehouse), settings);
        } finally {
            SparkSessions.release(spark);
        }
        return 0;
    }
}
