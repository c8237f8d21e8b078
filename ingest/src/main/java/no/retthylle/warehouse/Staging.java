package no.retthylle.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The staging contract between the two phases of ingest. Phase 1 (plain Java) writes one
 * canonical CSV per record type, {@code TYPE.csv}: UTF-8, comma, RFC 4180 quoting, header
 * {@code _line} then every column of the record type, dates {@code yyyy-MM-dd}, enums in
 * their canonical names, empty = missing. Phase 2 (Spark) reads it with {@link #schema}.
 */
public final class Staging {
    /** The line of the row in its source file (CSV: the physical line where it starts; xlsx: the sheet row). */
    public static final String LINE = "_line";
    /** Phase 1's rejects, with the columns of {@link Rejects}. */
    public static final String REJECTS_FILE = "rejects.csv";

    private Staging() {
    }

    /** The staged file of a record type. */
    public static String fileName(RecordType type) {
        return type.name() + ".csv";
    }

    /** The explicit schema of a staged file: {@code _line} then the record type's columns. */
    public static StructType schema(RecordType type) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(LINE, DataTypes.IntegerType, false));
        fields.addAll(List.of(type.schema().fields()));
        return DataTypes.createStructType(fields);
    }
}
