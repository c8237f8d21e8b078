package no.retthylle.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Manifest;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.Warehouse;

/**
 * The yardstick for analyse: DuckDB (in-process, JDBC) computes the core aggregates —
 * completion and job attachment by cohort, and the Kaplan–Meier input counts — from the
 * warehouse's current snapshot, as of its extract date. Prints the rows it computed and the
 * time the queries took.
 *
 * <p>Usage: {@code DuckDbAggregatesJob WAREHOUSE}.
 */
public final class DuckDbAggregatesJob {

    private DuckDbAggregatesJob() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Warehouse warehouse = new Warehouse(Path.of(args[0]));
        String id = warehouse.currentId().orElseThrow(() -> new IllegalArgumentException("no snapshot in " + args[0]));
        Manifest manifest = Manifest.fromJson(Files.readString(warehouse.manifest(id), StandardCharsets.UTF_8));
        long start = System.nanoTime();
        long rows = 0;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            register(db, warehouse, id, Enrolments.TYPE);
            register(db, warehouse, id, Outcomes.TYPE);
            for (String statement : statements()) {
                rows += run(db, statement, manifest.extractDate());
            }
        }
        System.out.printf(Locale.ROOT, "duckdb    %d aggregate rows in %.2f s%n", rows, (System.nanoTime() - start) / 1e9);
    }

    /** A view over a record type's Parquet files; the path is a quoted SQL literal, never code. */
    private static void register(Connection db, Warehouse warehouse, String id, RecordType type) throws SQLException {
        String glob = warehouse.dataset(id, type).resolve("*.parquet").toString().replace("'", "''");
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE VIEW " + type.name() + " AS SELECT * FROM read_parquet('" + glob + "')");
        }
    }

    private static long run(Connection db, String sql, String asOf) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (sql.contains("$1")) {
                statement.setString(1, asOf);
            }
            if (!statement.execute()) {
                return 0;
            }
            long rows = 0;
            try (ResultSet result = statement.getResultSet()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static String[] statements() throws IOException {
        try (InputStream in = DuckDbAggregatesJob.class.getResourceAsStream("/duckdb/core_aggregates.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n;\n");
        }
    }
}
