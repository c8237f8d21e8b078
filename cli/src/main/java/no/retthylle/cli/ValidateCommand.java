package no.retthylle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.retthylle.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate}: checks a drop as ingest would, prints the rejects summary and writes
 * nothing. Exit 0 when the drop would be accepted, 2 when ingest would stop.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a drop as ingest would and print the rejects summary; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DROP", description = "The drop folder.")
    Path input;

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
            new Stages(spec.commandLine().getOut()).validate(spark, input, settings);
        } finally {
            SparkSessions.release(spark);
        }
        return 0;
    }
}
