package no.retthylle.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import no.retthylle.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Options every command that runs Spark takes. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Show Spark's own logging and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--shuffle-partitions", defaultValue = "4", paramLabel = "N",
            description = "Spark shuffle partitions (default: ${DEFAULT-VALUE}). Results do not depend on it.")
    int shufflePartitions;

    /** Sets the log level and opens the session: the submitted master, or local[*]. */
    SparkSession openSpark() {
        if (verbose) {
            Configurator.setRootLevel(Level.INFO);
            Configurator.setLevel("org.apache.spark", Level.INFO);
        }
        if (shufflePartitions < 1) {
            throw new UsageException("--shuffle-partitions must be at least 1");
        }
        return SparkSessions.forJob(shufflePartitions);
    }
}
