package no.retthylle.analysis.stats;

import java.util.Arrays;
import java.util.List;

/** The persons of {@code r/ipw_fixture.csv} (written by {@code r/ipw.R}): arm rows first, then ordinary. */
final class IpwFixture {

    static final List<String> COVARIATES =
            List.of("female", "age_at_arrival", "education", "norwegian", "arrival_year");
    static final double[][] DATA = RGolden.matrix("ipw_fixture.csv", 0, 7);
    static final int ARM_SIZE = (int) Arrays.stream(DATA).filter(r -> r[0] == 1).count();

    private IpwFixture() {
    }

    static double[][] rawCovariates() {
        return Arrays.stream(DATA).map(r -> Arrays.copyOfRange(r, 2, 7)).toArray(double[][]::new);
    }

    /** n ones: each row one person. */
    static int[] ones(int n) {
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    static CovariateMatrix prepared() {
        return CovariateMatrix.withMissingIndicators(COVARIATES, rawCovariates(), ones(DATA.length));
    }

    /** The prepared rows from {@code from} to {@code to} as cells of one person each. */
    static Cells persons(int from, int to) {
        return Cells.of(prepared().rows(from, to), outcomes(from, to), ones(to - from));
    }

    static int[] outcomes(int from, int to) {
        return Arrays.stream(DATA, from, to).mapToInt(r -> (int) r[1]).toArray();
    }
}
