package no.retthylle.reports.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import no.retthylle.reports.Language;
import no.retthylle.reports.MetricLayouts;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import org.junit.jupiter.api.Test;

class JobRateByCohortTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 9, 1);

    /**
     * job_to_date by cohort, k = 3. Intervals are R prop.test(x, n, correct = FALSE)$conf.int:
     * cohort 1: 3 of 5, [0.2307, 0.8824]; cohort 2: 5 of 10, [0.2366, 0.7634];
     * cohort 3: 4 of 5, 5 − 4 = 1 → rate, interval and n_job suppressed (complement rule).
     * Cohort 3's hidden n_job makes the secondary rule hide the smallest other shown n_job of the
     * cohort column (cohort 1's 3), which hides cohort 1's rate too; only cohort 2 is drawn.
     * The job_by_end rows are another measure and do not appear.
     */
    private static MetricTable jobAttachment() {
        return new MetricTable(List.of("n", "n_job", "rate", "ci_low", "ci_high"), List.of(
                row("all", "all", "job_to_date", 20, 12, 0.6, 0.3866, 0.7812),
                row("cohort", "1", "job_to_date", 5, 3, 0.6, 0.2307, 0.8824),
                row("cohort", "2", "job_to_date", 10, 5, 0.5, 0.2366, 0.7634),
                row("cohort", "3", "job_to_date", 5, 4, 0.8, 0.3755, 0.9638),
                row("cohort", "1", "job_by_end", 4, 4, 1.0, 0.5101, 1.0)));
    }

    @Test
    void dumpShowsDrawnRatesAndIntervalsAndSaysWhatIsHidden() {
        FootedChart chart = RateChart.build(figure(Language.NB, Disclosure.PUBLIC));
        String expected = """
                title: Relevant jobb etter kull
                x axis: Kull
                y axis: Andel med relevant jobb
                series: Andel med relevant jobb (Bar)
                  1: -
                  2: 0.5000
                  3: -
                series: 95 % konfidensintervall (Wilson) (Scatter)
                  1: -
                  2: [0.2366, 0.7634]
                  3: -
                footer: Kilde: retthylle, øyeblikksbilde snap-1, data per 1. september 2020
                footer: Ikke vist av personvernhensyn: kull 1, 3.
                """;
        assertEquals(expected, ChartDump.of(chart));
    }

    @Test
    void internalEnglishFigureDrawsEverythingAndIsMarked() {
        FootedChart chart = RateChart.build(figure(Language.EN, Disclosure.INTERNAL));
        String expected = """
                title: Relevant job by cohort
                x axis: Cohort
                y axis: Share with a relevant job
                series: Share with a relevant job (Bar)
                  1: 0.6000
                  2: 0.5000
                  3: 0.8000
                series: 95% confidence interval (Wilson) (Scatter)
                  1: [0.2307, 0.8824]
                  2: [0.2366, 0.7634]
                  3: [0.3755, 0.9638]
                footer: Source: retthylle, snapshot snap-1, data as of 1 September 2020
                footer: INTERNT – ikke for publisering / INTERNAL – not for publication
                """;
        assertEquals(expected, ChartDump.of(chart));
    }

    @Test
    void rendersToPngInMemory() throws IOException {
        byte[] png = ChartEncoders.png(RateChart.build(figure(Language.NB, Disclosure.PUBLIC)));
        // PNG signature: 0x89 'P' 'N' 'G'.
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
    }

    @Test
    void rendersToSvg() throws IOException {
        String svg = ChartEncoders.svg(RateChart.build(figure(Language.NB, Disclosure.PUBLIC)));
        assertTrue(ChartEncoders.inlineSvg(svg).startsWith("<svg"));
    }

    private static RateFigure figure(Language language, Disclosure mode) {
        ProtectedTable protectedTable = DisclosureControl.protect(jobAttachment(), MetricLayouts.JOB_ATTACHMENT, mode, 3);
        return JobRateByCohort.figure(protectedTable, new FigureContext(language, "snap-1", AS_OF, mode, 3));
    }

    private static MetricRow row(String type, String group, String measure, double... values) {
        return new MetricRow(type, group, measure, values);
    }
}
