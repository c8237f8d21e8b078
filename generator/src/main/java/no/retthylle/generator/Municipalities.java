package no.retthylle.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * 356 plausible 4-digit kommunenummer: the county number (two digits, the counties of
 * 2024) followed by a running number from 01, as many per county as the county has
 * municipalities. {@code 0301} (Oslo) and every county's {@code NN01} exist; most other
 * codes are look-alikes, not claims about a real municipality.
 *
 * <p>Settlement weights: Oslo 40, the first code of each county 12 (the large towns), the
 * others 1–5 by {@code code mod 5}. A person's municipality is drawn with probability
 * weight ÷ total weight.
 */
final class Municipalities {

    /** County number and how many municipalities it has (356 in all). */
    private static final int[][] COUNTIES = {
        {3, 1}, {11, 23}, {15, 26}, {18, 41}, {31, 12}, {32, 21}, {33, 18}, {34, 46},
        {39, 6}, {40, 17}, {42, 25}, {46, 43}, {50, 38}, {55, 21}, {56, 18}};
    private static final int OSLO_WEIGHT = 40;
    private static final int TOWN_WEIGHT = 12;
    private static final int SMALL_WEIGHTS = 5;

    private final String[] codes;
    private final int[] numbers;
    private final double[] cumulative;

    Municipalities() {
        int count = Arrays.stream(COUNTIES).mapToInt(c -> c[1]).sum();
        codes = new String[count];
        numbers = new int[count];
        cumulative = new double[count];
        int i = 0;
        double total = 0;
        for (int[] county : COUNTIES) {
            for (int k = 1; k <= county[1]; k++, i++) {
                numbers[i] = county[0] * 100 + k;
                codes[i] = (numbers[i] < 1000 ? "0" : "") + numbers[i];
                total += weight(county[0], k, numbers[i]);
                cumulative[i] = total;
            }
        }
        for (int j = 0; j < count; j++) {
            cumulative[j] /= total;
        }
    }

    private static int weight(int county, int k, int number) {
        if (k == 1) {
            return county == 3 ? OSLO_WEIGHT : TOWN_WEIGHT;
        }
        return 1 + number % SMALL_WEIGHTS;
    }

    /** The number of municipalities. */
    int size() {
        return codes.length;
    }

    /** The 4-digit code of municipality {@code index}. */
    String code(int index) {
        return codes[index];
    }

    /** The code as a number, e.g. 301 for {@code 0301}. */
    int number(int index) {
        return numbers[index];
    }

    /** A municipality index drawn by settlement weight. */
    int draw(SplittableRandom rng) {
        int i = Arrays.binarySearch(cumulative, rng.nextDouble());
        return Math.min(i >= 0 ? i + 1 : -i - 1, codes.length - 1);
    }
}
