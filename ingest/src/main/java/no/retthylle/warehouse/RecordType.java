package no.retthylle.warehouse;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A record type of a drop and of the warehouse: its file name (without extension) and its
 * columns in warehouse order.
 */
public record RecordType(String name, List<Column> columns) {

    public RecordType {
        columns = List.copyOf(columns);
    }

    /** The explicit schema used to write and read the Parquet dataset. */
    public StructType schema() {
        return DataTypes.createStructType(columns.stream().map(Column::field).toList());
    }

    /** The column with this name, or {@code null}. */
    public Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
    }

    /** The names of the columns, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
