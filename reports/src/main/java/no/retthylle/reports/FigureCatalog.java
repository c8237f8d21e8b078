package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.COHORT;
import static no.retthylle.reports.MetricColumns.COVARIATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.figures.CompletionByCohort;
import no.retthylle.reports.figures.ComparisonForest;
import no.retthylle.reports.figures.CovariateBalance;
import no.retthylle.reports.figures.Figure;
import no.retthylle.reports.figures.FigureContext;
import no.retthylle.reports.figures.FunnelByCohort;
import no.retthylle.reports.figures.IntroStatusByYear;
import no.retthylle.reports.figures.JobRateByArm;
import no.retthylle.reports.figures.JobRateByCohort;
import no.retthylle.reports.figures.RateChart;
import no.retthylle.reports.figures.RateFigure;
import no.retthylle.reports.figures.SelfSufficiencySplit;
import no.retthylle.reports.figures.SkillScores;
import no.retthylle.reports.figures.TimeToJobByArm;

/**
 * The report's figures, in report order, each with the metric table it is drawn from, the
 * group type it needs rows of and the report section it is shown in. A figure whose table is
 * missing, or has no rows of that group type, is skipped with a note. No I/O: the tables come in
 * already protected, the same tables the report and the workbook publish (so a figure never
 * draws a number a table hides).
 */
public final class FigureCatalog {

    /**
     * The figures built and the notes on those skipped.
     *
     * @param skipped one line per figure not built: its id and why
     */
    public record Built(List<Figure> figures, List<String> skipped) {

        public Built {
            figures = List.copyOf(figures);
            skipped = List.copyOf(skipped);
        }
    }

    /** One figure: drawn from {@code table}'s rows of {@code groupType}, shown in section {@code section}. */
    private record Entry(String id, MetricFamily table, String groupType, MetricFamily section,
                         BiFunction<Map<MetricFamily, ProtectedTable>, FigureContext, Figure> build) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(FunnelByCohort.ID, MetricFamilies.FUNNEL, COHORT, MetricFamilies.FUNNEL,
                    (t, c) -> FunnelByCohort.figure(t.get(MetricFamilies.FUNNEL), c)),
            new Entry(CompletionByCohort.ID, MetricFamilies.COMPLETION, COHORT, MetricFamilies.COMPLETION,
                    (t, c) -> CompletionByCohort.figure(t.get(MetricFamilies.COMPLETION), c)),
            new Entry(JobRateByCohort.ID, MetricFamilies.JOB_ATTACHMENT, COHORT, MetricFamilies.JOB_ATTACHMENT,
                    (t, c) -> rates(JobRateByCohort.figure(t.get(MetricFamilies.JOB_ATTACHMENT), c))),
            new Entry(JobRateByArm.ID, MetricFamilies.JOB_ATTACHMENT, ARM, MetricFamilies.JOB_ATTACHMENT,
                    (t, c) -> rates(JobRateByArm.figure(t.get(MetricFamilies.JOB_ATTACHMENT), c))),
            new Entry(TimeToJobByArm.ID, MetricFamilies.TIME_TO_JOB_STEPS, ARM, MetricFamilies.TIME_TO_JOB,
                    (t, c) -> TimeToJobByArm.figure(t.get(MetricFamilies.TIME_TO_JOB_STEPS), c)),
            new Entry(SelfSufficiencySplit.ID, MetricFamilies.SELF_SUFFICIENCY, ALL, MetricFamilies.SELF_SUFFICIENCY,
                    (t, c) -> SelfSufficiencySplit.figure(t.get(MetricFamilies.SELF_SUFFICIENCY), c)),
            new Entry(SkillScores.ID, MetricFamilies.SKILLS, ALL, MetricFamilies.SKILLS,
                    (t, c) -> SkillScores.figure(t.get(MetricFamilies.SKILLS), c)),
            new Entry(ComparisonForest.ID, MetricFamilies.COMPARISON, ARM, MetricFamilies.COMPARISON,
                    (t, c) -> ComparisonForest.figure(t.get(MetricFamilies.COMPARISON), c)),
            new Entry(CovariateBalance.ID, MetricFamilies.BALANCE, COVARIATE, MetricFamilies.BALANCE,
                    (t, c) -> CovariateBalance.figure(t.get(MetricFamilies.BALANCE),
                            Optional.ofNullable(t.get(MetricFamilies.COMPARISON)), c)),
            new Entry(IntroStatusByYear.ID, MetricFamilies.INTRO_STATUS, ALL, MetricFamilies.INTRO_STATUS,
                    (t, c) -> IntroStatusByYear.figure(t.get(MetricFamilies.INTRO_STATUS), c)));

    private FigureCatalog() {
    }

    /**
     * The id of the report section figure {@code figureId} is shown in: its metric table's
     * section ({@link MetricFamily#id}); the Kaplan–Meier curves in time_to_job's, the covariate
     * balance under the balance table in the comparison section.
     */
    static String section(String figureId) {
        return ENTRIES.stream().filter(e -> e.id().equals(figureId)).map(e -> e.section().id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + figureId));
    }

    /** Every figure whose table is among {@code tables} and has rows to draw. */
    static Built build(Map<MetricFamily, ProtectedTable> tables, FigureContext context) {
        List<Figure> figures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Entry e : ENTRIES) {
            ProtectedTable table = tables.get(e.table());
            if (table == null) {
                skipped.add(e.id() + ": " + e.table().fileName() + " not found");
            } else if (table.rows().stream().noneMatch(k -> k.groupType().equals(e.groupType()))) {
                skipped.add(e.id() + ": " + e.table().fileName() + " has no " + e.groupType() + " rows");
            } else {
                figures.add(e.build().apply(tables, context));
            }
        }
        return new Built(figures, skipped);
    }

    private static Figure rates(RateFigure figure) {
        return Figure.of(figure, RateChart.build(figure));
    }
}
