package no.retthylle.bench;

import java.nio.file.Path;
import no.retthylle.spark.SparkSessions;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;
import org.apache.spark.sql.SparkSession;

/**
 * The yardstick for ingest: the six CSV files of a drop read by Spark with their explicit
 * schemas and written as Parquet, in a session with the same settings as the application's
 * ({@link SparkSessions#forJob}), and nothing else: no validation, no identifier guard, no
 * cross-row checks, no manifest. Expects the canonical formats the generator writes
 * ({@code ,}, {@code yyyy-MM-dd}, canonical enum names).
 *
 * <p>Usage: {@code BareConversionJob DROP OUTDIR [SHUFFLE_PARTITIONS]}.
 */
public final class BareConversionJob {

    private BareConversionJob() {
    }

    public static void main(String[] args) {
        Path drop = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        SparkSession spark = SparkSessions.forJob(partitions);
        try {
            for (RecordType type : RecordTypes.ALL) {
                spark.read().schema(type.schema())
                        .option("header", true).option("dateFormat", "yyyy-MM-dd")
                        .csv(drop.resolve(type.name() + ".csv").toString())
                        .write().parquet(out.resolve(type.name()).toString());
            }
        } finally {
            spark.stop();
        }
    }
}
