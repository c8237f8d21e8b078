package no.retthylle.analysis.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a golden or fixture CSV written by the R scripts under {@code /r/}: header skipped, no quoting. */
final class RGolden {

    private RGolden() {
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = RGolden.class.getResourceAsStream("/r/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource /r/" + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].strip().split(","));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numeric columns from {@code fromColumn} on, rows as a matrix. */
    static double[][] matrix(String resource, int fromColumn, int toColumnExclusive) {
        List<String[]> rows = rows(resource);
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[toColumnExclusive - fromColumn];
            for (int j = fromColumn; j < toColumnExclusive; j++) {
                m[i][j - fromColumn] = Double.parseDouble(rows.get(i)[j]);
            }
        }
        return m;
    }
}
