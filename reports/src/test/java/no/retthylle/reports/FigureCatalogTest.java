package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.figures.ChartEncoders;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.figures.FigureFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureCatalogTest {

    private static Map<MetricFamily, ProtectedTable> tables(Disclosure mode) {
        Map<MetricFamily, ProtectedTable> tables = new LinkedHashMap<>();
        tables.put(MetricFamilies.FUNNEL, FigureFixtures.funnel(mode));
        tables.put(MetricFamilies.COMPLETION, FigureFixtures.completion(mode));
        tables.put(MetricFamilies.JOB_ATTACHMENT, FigureFixtures.jobAttachment(mode));
        tables.put(MetricFamilies.TIME_TO_JOB_STEPS, FigureFixtures.timeToJob(mode));
        tables.put(MetricFamilies.SELF_SUFFICIENCY, FigureFixtures.selfSufficiency(mode));
        tables.put(MetricFamilies.SKILLS, FigureFixtures.skills(mode));
        tables.put(MetricFamilies.COMPARISON, FigureFixtures.comparison(mode));
        tables.put(MetricFamilies.BALANCE, FigureFixtures.balance(mode));
        tables.put(MetricFamilies.INTRO_STATUS, FigureFixtures.introStatus(mode));
        return tables;
    }

    static Stream<Figure> everyFigure() {
        return Stream.of(Disclosure.values()).flatMap(mode -> FigureCatalog.build(tables(mode),
                FigureFixtures.context(mode == Disclosure.PUBLIC ? Language.NB : Language.EN, mode)).figures().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFigure")
    void everyFigureRendersToPngSvgAndPdfInMemory(Figure figure) throws IOException {
        byte[] png = ChartEncoders.png(figure.chart());
        // PNG signature 0x89 'P' 'N' 'G'; PDF files begin with "%PDF".
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertTrue(ChartEncoders.inlineSvg(ChartEncoders.svg(figure.chart())).startsWith("<svg"));
        assertEquals("%PDF", new String(Arrays.copyOf(ChartEncoders.pdf(figure.chart()), 4), StandardCharsets.US_ASCII));
    }

    @Test
    void buildsTheTenFiguresInReportOrderWhenEveryTableIsThere() {
        FigureCatalog.Built built = FigureCatalog.build(tables(Disclosure.PUBLIC),
                FigureFixtures.context(Language.NB, Disclosure.PUBLIC));
        assertEquals(List.of("funnel_by_cohort", "completion_by_cohort", "job_rate_by_cohort", "job_rate_by_arm",
                "time_to_job_by_arm", "self_sufficiency", "skill_scores", "comparison_forest", "covariate_balance",
                "intro_status_by_year"), built.figures().stream().map(Figure::id).toList());
        assertEquals(List.of(), built.skipped());
    }

    @Test
    void skipsFiguresWhoseTableIsMissingOrHasNoRowsToDraw() {
        Map<MetricFamily, ProtectedTable> tables = new LinkedHashMap<>();
        tables.put(MetricFamilies.COMPLETION, FigureFixtures.completion(Disclosure.PUBLIC));
        FigureCatalog.Built built = FigureCatalog.build(tables, FigureFixtures.context(Language.NB, Disclosure.PUBLIC));
        assertEquals(List.of("completion_by_cohort"), built.figures().stream().map(Figure::id).toList());
        assertEquals("funnel_by_cohort: funnel.csv not found", built.skipped().get(0));
        assertEquals(9, built.skipped().size());
    }
}
