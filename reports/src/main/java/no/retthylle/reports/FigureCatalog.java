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
 * The report's figures, in report order, each with the metric table it is drawn from and the
 * group type it needs rows of. A figure whose table is missing, or has no rows of that group
 * type, is skipped with a note. No I/O: the tables come in already protected.
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

    private record Entry(String id, MetricFile table, String groupType,
                         BiFunction<Map<MetricFile, ProtectedTable>, FigureContext, Figure> build) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(FunnelByCohort.ID, MetricFile.FUNNEL, COHORT,
                    (t, c) -> FunnelByCohort.figure(t.get(MetricFile.FUNNEL), c)),
            new Entry(CompletionByCohort.ID, MetricFile.COMPLETION, COHORT,
                    (t, c) -> CompletionByCohort.figure(t.get(MetricFile.COMPLETION), c)),
            new Entry(JobRateByCohort.ID, MetricFile.JOB_ATTACHMENT, COHORT,
                    (t, c) -> rates(JobRateByCohort.figure(t.get(MetricFile.JOB_ATTACHMENT), c))),
            new Entry(JobRateByArm.ID, MetricFile.JOB_ATTACHMENT, ARM,
                    (t, c) -> rates(JobRateByArm.figure(t.get(MetricFile.JOB_ATTACHMENT), c))),
            new Entry(TimeToJobByArm.ID, MetricFile.TIME_TO_JOB, ARM,
                    (t, c) -> TimeToJobByArm.figure(t.get(MetricFile.TIME_TO_JOB), c)),
            new Entry(SelfSufficiencySplit.ID, MetricFile.SELF_SUFFICIENCY, ALL,
                    (t, c) -> SelfSufficiencySplit.figure(t.get(MetricFile.SELF_SUFFICIENCY), c)),
            new Entry(SkillScores.ID, MetricFile.SKILLS, ALL,
                    (t, c) -> SkillScores.figure(t.get(MetricFile.SKILLS), c)),
            new Entry(ComparisonForest.ID, MetricFile.COMPARISON, ARM,
                    (t, c) -> ComparisonForest.figure(t.get(MetricFile.COMPARISON), c)),
            new Entry(CovariateBalance.ID, MetricFile.BALANCE, COVARIATE,
                    (t, c) -> CovariateBalance.figure(t.get(MetricFile.BALANCE),
                            Optional.ofNullable(t.get(MetricFile.COMPARISON)), c)),
            new Entry(IntroStatusByYear.ID, MetricFile.INTRO_STATUS, ALL,
                    (t, c) -> IntroStatusByYear.figure(t.get(MetricFile.INTRO_STATUS), c)));

    private FigureCatalog() {
    }

    /** The metric tables the figures are drawn from. */
    static List<MetricFile> sources() {
        return ENTRIES.stream().map(Entry::table).distinct().toList();
    }

    /** Every figure whose table is among {@code tables} and has rows to draw. */
    static Built build(Map<MetricFile, ProtectedTable> tables, FigureContext context) {
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
