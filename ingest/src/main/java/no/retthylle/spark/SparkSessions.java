package no.retthylle.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session the jobs run in.
 *
 * <p>Embedded runs use {@code local[*]}. Under {@code spark-submit} the master is already
 * set in the Spark configuration, and the session takes it from there. Every session works
 * in UTC, so that a date never shifts with the machine's zone.
 */
public final class SparkSessions {

    private static SparkSession testSession;

    private SparkSessions() {
    }

    /** The session for a job: the submitted master, or {@code local[*]} when run embedded. */
    public static SparkSession forJob(int shufflePartitions) {
        SparkSession.Builder builder = common().appName("retthylle")
                .config("spark.sql.shuffle.partitions", shufflePartitions);
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /**
     * The one session every test shares: {@code local[1]}, one shuffle partition, UTC.
     * It lives until the test JVM exits.
     */
    public static synchronized SparkSession forTests() {
        if (testSession == null) {
            testSession = common().appName("retthylle-test").master("local[1]")
                    .config("spark.sql.shuffle.partitions", 1)
                    .config("spark.default.parallelism", 1)
                    .getOrCreate();
        }
        return testSession;
    }

    /** Stops a job's session; the shared test session is left running for the other tests. */
    public static synchronized void release(SparkSession spark) {
        if (spark != testSession) {
            spark.stop();
        }
    }

    private static SparkSession.Builder common() {
        return SparkSession.builder()
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", false)
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.ansi.enabled", true)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
    }
}
