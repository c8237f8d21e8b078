package no.retthylle.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads SQL models from {@code src/main/resources/sql/{stg,int,mart}/NAME.sql} and runs
 * them, parameters bound through {@code spark.sql(text, args)} (named markers such as
 * {@code :as_of}), never by string concatenation.
 *
 * <p>A model is registered as a temporary view under its file name, so later models
 * select from it by name, dbt style.
 */
public final class SqlModels {

    private final SparkSession spark;
    private final Map<String, Object> args;

    /**
     * @param args the named parameters every model may use; a model that names none of
     *     them still runs (Spark ignores unused named arguments)
     */
    public SqlModels(SparkSession spark, Map<String, Object> args) {
        this.spark = spark;
        this.args = Map.copyOf(args);
    }

    /** The SQL text of a model, e.g. {@code "int/int_mentor_spells"}. */
    public static String text(String model) {
        String resource = "/sql/" + model + ".sql";
        try (InputStream in = SqlModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL model " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a model and registers its result as a temporary view named after the file. */
    public Dataset<Row> materialise(String model) {
        Dataset<Row> result = run(model);
        result.createOrReplaceTempView(viewName(model));
        return result;
    }

    /** The view a model is registered under: its file name, e.g. {@code int_mentor_spells}. */
    public static String viewName(String model) {
        return model.substring(model.lastIndexOf('/') + 1);
    }

    /** Runs a model and returns its result without registering it. */
    public Dataset<Row> run(String model) {
        return spark.sql(text(model), args);
    }
}
