package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.CI_HIGH;
import static no.retthylle.reports.MetricColumns.CI_LOW;
import static no.retthylle.reports.MetricColumns.COHORT;
import static no.retthylle.reports.MetricColumns.JOB_TO_DATE;
import static no.retthylle.reports.MetricColumns.RATE;

import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.ProtectedTable;

/** The relevant-job rate to date by cohort, with Wilson intervals, from job_attachment.csv. */
public final class JobRateByCohort {

    /** The figure's id: file name stem and key in figures.json. */
    public static final String ID = "job_rate_by_cohort";

    private JobRateByCohort() {
    }

    /** The figure from a protected job_attachment table (measure job_to_date, group_type cohort). */
    public static RateFigure figure(ProtectedTable jobAttachment, FigureContext context) {
        List<RatePoint> points = jobAttachment.rowsOf(COHORT, JOB_TO_DATE).stream()
                .map(r -> new RatePoint(jobAttachment.rows().get(r).group(), jobAttachment.cell(r, RATE),
                        jobAttachment.cell(r, CI_LOW), jobAttachment.cell(r, CI_HIGH)))
                .toList();
        List<String> hidden = points.stream().filter(p -> p.rate().isSuppressed()).map(RatePoint::group).toList();
        Language l = context.language();
        return new RateFigure(ID,
                l.text("figure.jobRate.title"),
                l.text("figure.jobRate.caption", l.date(context.asOf())),
                l.text("figure.jobRate.xAxis"),
                l.text("figure.jobRate.yAxis"),
                l.text("figure.jobRate.series"),
                l.text("figure.jobRate.interval"),
                points,
                context.footer(hidden, "figure.suppressed"),
                l);
    }
}
