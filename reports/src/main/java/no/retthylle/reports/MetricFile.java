package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.disclosure.TableLayout;

/**
 * The metric tables of metrics.md as files in {@code OUT/metrics}: name, key columns, the
 * stratum column that splits a table into independent sums, the numeric value columns, trailing
 * text columns the report does not use, and the disclosure layout. Columns in file order: keys,
 * stratum, values, texts.
 */
enum MetricFile {
    COMPLETION("completion.csv", null, MetricColumns.COMPLETION_VALUES, MetricLayouts.COMPLETION),
    JOB_ATTACHMENT("job_attachment.csv", MEASURE, MetricColumns.JOB_ATTACHMENT_VALUES, MetricLayouts.JOB_ATTACHMENT),
    SELF_SUFFICIENCY("self_sufficiency.csv", null, List.of(N_JOB, FULL, SUBSIDISED, PARTIAL),
            MetricLayouts.SELF_SUFFICIENCY),
    TIME_TO_JOB("time_to_job.csv", null,
            List.of(T_DAYS, N_RISK, N_EVENT, N_CENSOR, SURVIVAL, CI_LOW, CI_HIGH), MetricLayouts.TIME_TO_JOB),
    TIME_TO_JOB_SUMMARY("time_to_job_summary.csv", null,
            List.of(N, EVENTS, MEDIAN_DAYS, P_JOB_180, P_JOB_365, P_JOB_730), MetricLayouts.TIME_TO_JOB_SUMMARY),
    COMPARISON("comparison.csv", List.of(ARM), null,
            List.of(N, N_JOB, RATE, CI_LOW, CI_HIGH, RD, RD_LOW, RD_HIGH, RR, RR_LOW, RR_HIGH, FISHER_P,
                    RD_ADJ, RD_ADJ_LOW, RD_ADJ_HIGH), List.of(WARNING), MetricLayouts.COMPARISON),
    BALANCE("balance.csv", List.of(COVARIATE), null, List.of(SMD_BEFORE, SMD_AFTER), List.of(),
            MetricLayouts.BALANCE),
    SKILLS("skills.csv", DIMENSION,
            List.of(N_PAIRS, MEAN_BASELINE, MEAN_FINAL, MEAN_CHANGE, SHARE_IMPROVED, WILCOXON_P), MetricLayouts.SKILLS),
    GOALS("goals.csv", null, List.of(N_GOALS, ACHIEVED, PARTLY, NOT_ACHIEVED, OPEN, RATE_ACHIEVED),
            MetricLayouts.GOALS),
    FUNNEL("funnel.csv", STAGE, List.of(N, CONVERSION), MetricLayouts.FUNNEL),
    MEETINGS("meetings.csv", null,
            List.of(N_SPELLS, MEAN_MEETINGS, SHARE_ALL_12, MEDIAN_INTERVAL_DAYS, MINUTES_SHARE), MetricLayouts.MEETINGS),
    INTERNSHIPS("internships.csv", null, List.of(N, MEDIAN_DAYS, SHARE_3_MONTHS, SHARE_FULL_TIME,
            SHARE_TRAINING_PLAN, SHARE_MENTOR_AT_HOST, JOB_RATE), MetricLayouts.INTERNSHIPS),
    INTRO_STATUS("intro_status.csv", EXIT_YEAR,
            List.of(N, WORK, EDUCATION, OTHER, RATE_WORK_OR_EDUCATION, CI_LOW, CI_HIGH), MetricLayouts.INTRO_STATUS);

    private final String fileName;
    private final List<String> keys;
    private final String stratum;
    private final List<String> values;
    private final List<String> texts;
    private final TableLayout layout;

    MetricFile(String fileName, String stratum, List<String> values, TableLayout layout) {
        this(fileName, List.of(GROUP_TYPE, GROUP), stratum, values, List.of(), layout);
    }

    MetricFile(String fileName, List<String> keys, String stratum, List<String> values, List<String> texts,
               TableLayout layout) {
        this.fileName = fileName;
        this.keys = keys;
        this.stratum = stratum;
        this.values = values;
        this.texts = texts;
        this.layout = layout;
    }

    String fileName() {
        return fileName;
    }

    /** {@code group_type, group}; or the one column (arm, covariate) that names the row. */
    List<String> keys() {
        return keys;
    }

    /** The stratum column, or null. */
    String stratum() {
        return stratum;
    }

    List<String> valueColumns() {
        return values;
    }

    TableLayout layout() {
        return layout;
    }

    /** Every column, in file order. */
    List<String> columns() {
        List<String> all = new ArrayList<>(keys);
        if (stratum != null) {
            all.add(stratum);
        }
        all.addAll(values);
        all.addAll(texts);
        return all;
    }

    /** Whether the column holds text (keys, stratum, trailing texts) rather than numbers. */
    boolean isText(String column) {
        return keys.contains(column) || column.equals(stratum) || texts.contains(column);
    }
}
