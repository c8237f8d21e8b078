package no.retthylle.warehouse;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The logical type of a warehouse column; enum columns hold their canonical lower-case name. */
public enum ColumnType {
    STRING(DataTypes.StringType),
    ENUM(DataTypes.StringType),
    INT(DataTypes.IntegerType),
    DATE(DataTypes.DateType),
    BOOLEAN(DataTypes.BooleanType);

    private final DataType sparkType;

    ColumnType(DataType sparkType) {
        this.sparkType = sparkType;
    }

    /** The Spark type the column has in Parquet. */
    public DataType sparkType() {
        return sparkType;
    }
}
