package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.CI_HIGH;
import static no.retthylle.reports.MetricColumns.CI_LOW;
import static no.retthylle.reports.MetricColumns.JOB_TO_DATE;
import static no.retthylle.reports.MetricColumns.RATE;

import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.ProtectedTable;

/** The relevant-job rate to date by arm, with Wilson intervals, from job_attachment.csv. */
public final class JobRateByArm {

    public static final String ID = "job_rate_by_arm";

    private JobRateByArm() {
    }

    /** The figure from a protected job_attachment table (measure job_to_date, group_type arm). */
    public static RateFigure figure(ProtectedTable jobAttachment, FigureContext context) {
        Language l = context.language();
        List<RatePoint> points = jobAttachment.rowsOf(ARM, JOB_TO_DATE).stream()
                .map(r -> new RatePoint(GroupNames.group(l, ARM, jobAttachment.rows().get(r).group()),
                        jobAttachment.cell(r, RATE), jobAttachment.cell(r, CI_LOW), jobAttachment.cell(r, CI_HIGH)))
                .toList();
        List<String> hidden = points.stream().filter(p -> !p.isDrawn() && p.rate().isSuppressed())
                .map(RatePoint::group).toList();
        return new RateFigure(ID,
                l.text("figure.jobRateArm.title"),
                l.text("figure.jobRateArm.caption", l.date(context.asOf())),
                l.text("figure.arm"),
                l.text("figure.jobRate.yAxis"),
                l.text("figure.jobRate.series"),
                l.text("figure.jobRate.interval"),
                points,
                context.footer(hidden, "figure.suppressedGroups"),
                l);
    }
}
