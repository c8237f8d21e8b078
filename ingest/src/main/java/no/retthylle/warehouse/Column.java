package no.retthylle.warehouse;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One column of a record type.
 *
 * @param name the column name, as in the input contract and in Parquet
 * @param type the logical type
 * @param required whether the input header must have the column (a required column may
 *     still be conditionally empty where the records spec says so, e.g. {@code cohort})
 */
public record Column(String name, ColumnType type, boolean required) {

    /** The Spark field; every warehouse column is nullable. */
    public StructField field() {
        return DataTypes.createStructField(name, type.sparkType(), true);
    }
}
