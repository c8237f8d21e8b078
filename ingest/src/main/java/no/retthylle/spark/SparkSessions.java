package no.retthylle.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session the jobs run in.
 *
 * <p>Embedded runs use {@code local[*]}, bound to 127.0.0.1. Under {@code spark-submit} the
 * master is already set in the Spark configuration, and the session takes it from there,
 * with the driver's address left to the cluster manager: executors on other hosts must
 * reach it. Every session works in UTC, so that a date never shifts with the machine's zone.
 *
 * <p>Tuning defaults apply only where the submitted configuration (a {@code --conf} of
 * {@code spark-submit}, or a {@code -Dspark.} system property) says nothing:
 * <ul>
 * <li>{@code spark.buffer.pageSize} = {@value #PAGE_SIZE}. Spark sizes its Tungsten pages
 *     (hash aggregation, sort and broadcast buffers) from the heap, 64 MB each on this
 *     machine's 6 GB default heap, and allocates at least one per aggregating task; on the
 *     sample drop that was 5 GB of zeroed arrays for 640 rows, half of the run's system
 *     time (20 s against 11 s with 2 MB pages), and a 6 GB resident size. Larger data only allocates more pages.
 * <li>{@code spark.ui.enabled} = false: a batch job on a laptop needs no web server.
 * </ul>
 */
public final class SparkSessions {

    /** The Tungsten page size unless one is configured; see the class comment. */
    static final String PAGE_SIZE = "2m";

    private static final String LOOPBACK = "127.0.0.1";

    private static SparkSession testSession;

    private SparkSessions() {
    }

    /** The session for a job: the submitted master, or {@code local[*]} when run embedded. */
    public static SparkSession forJob(int shufflePartitions) {
        SparkConf submitted = new SparkConf();
        SparkSession.Builder builder = common(submitted).appName("retthylle")
                .config("spark.sql.shuffle.partitions", shufflePartitions);
        if (!submitted.contains("spark.master")) {
            loopback(builder.master("local[*]"));
        }
        return builder.getOrCreate();
    }

    /**
     * The one session every test shares: {@code local[1]}, one shuffle partition, UTC.
     * It lives until the test JVM exits.
     */
    public static synchronized SparkSession forTests() {
        if (testSession == null) {
            testSession = loopback(common(new SparkConf())).appName("retthylle-test").master("local[1]")
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

    private static SparkSession.Builder common(SparkConf submitted) {
        SparkSession.Builder builder = SparkSession.builder()
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.parquet.compression.codec", "zstd")
                .config("spark.sql.ansi.enabled", true);
        defaultTo(builder, submitted, "spark.buffer.pageSize", PAGE_SIZE);
        defaultTo(builder, submitted, "spark.ui.enabled", "false");
        return builder;
    }

    private static SparkSession.Builder loopback(SparkSession.Builder builder) {
        return builder.config("spark.driver.host", LOOPBACK).config("spark.driver.bindAddress", LOOPBACK);
    }

    private static void defaultTo(SparkSession.Builder builder, SparkConf submitted, String key, String value) {
        if (!submitted.contains(key)) {
            builder.config(key, value);
        }
    }
}
