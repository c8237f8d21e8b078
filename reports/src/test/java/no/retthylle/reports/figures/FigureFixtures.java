package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.*;

import java.time.LocalDate;
import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.MetricFamilies;
import no.retthylle.reports.FunnelDenominator;
import no.retthylle.reports.MetricLayouts;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.disclosure.DisclosureControl;
import no.retthylle.reports.disclosure.MetricRow;
import no.retthylle.reports.disclosure.MetricTable;
import no.retthylle.reports.disclosure.ProtectedTable;
import no.retthylle.reports.disclosure.TableLayout;

/**
 * Hand-made metric tables for the figure tests (k = 3), each small enough to suppress by hand;
 * the suppression worked out is in each figure's test. NaN = an empty cell.
 */
public final class FigureFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2020, 9, 1);
    public static final int K = 3;
    static final double NA = Double.NaN;

    private FigureFixtures() {
    }

    public static FigureContext context(Language language, Disclosure mode) {
        return new FigureContext(language, "snap-1", AS_OF, mode, K);
    }

    /** Stages screened, applied, interviewed for cohorts 1 and 2 (6 + 4 = 10, 5 + 4 = 9, 2 + 4 = 6). */
    public static ProtectedTable funnel(Disclosure mode) {
        MetricTable exact = new MetricTable(List.of(N, CONVERSION), List.of(
                row(ALL, ALL, "screened", 10, NA), row(ALL, ALL, "applied", 9, 0.9),
                row(ALL, ALL, "interviewed", 6, 0.666667),
                row(COHORT, "1", "screened", 6, NA), row(COHORT, "1", "applied", 5, 0.833333),
                row(COHORT, "1", "interviewed", 2, 0.4),
                row(COHORT, "2", "screened", 4, NA), row(COHORT, "2", "applied", 4, 1.0),
                row(COHORT, "2", "interviewed", 4, 1.0)));
        return DisclosureControl.protect(FunnelDenominator.added(exact), MetricLayouts.FUNNEL, mode, K);
    }

    /** The completion table of ReportJobTest (cohorts 1–3 of 5 spells each). */
    public static ProtectedTable completion(Disclosure mode) {
        return protect(MetricFamilies.COMPLETION.values(), MetricLayouts.COMPLETION, mode,
                row(ALL, ALL, "", 15, 10, 7, 0, 2, 0, 1, 5, 0.7, 0.396778, 0.892209),
                row(COHORT, "1", "", 5, 5, 4, 0, 1, 0, 0, 0, 0.8, 0.375535, 0.963776),
                row(COHORT, "2", "", 5, 5, 3, 0, 1, 0, 1, 0, 0.6, 0.230724, 0.882379),
                row(COHORT, "3", "", 5, 0, 0, 0, 0, 0, 0, 5, NA, NA, NA));
    }

    /**
     * job_to_date by arm. Wilson intervals (R prop.test(x, n, correct = FALSE)$conf.int, as in
     * JobRateByCohortTest): 4 of 4 [0.5101, 1.0]; 5 of 10 [0.2366, 0.7634]; 1 of 2 [0.0945, 0.9055];
     * 10 of 16 [0.3864, 0.8152].
     */
    public static ProtectedTable jobAttachment(Disclosure mode) {
        return protect(MetricFamilies.JOB_ATTACHMENT.values(), MetricLayouts.JOB_ATTACHMENT, mode,
                row(ALL, ALL, JOB_TO_DATE, 16, 10, 0.625, 0.3864, 0.8152),
                row(COHORT, "1", JOB_TO_DATE, 16, 10, 0.625, 0.3864, 0.8152),
                row(ARM, MENTOR_INTERNSHIP, JOB_TO_DATE, 4, 4, 1.0, 0.5101, 1.0),
                row(ARM, MENTOR_ONLY, JOB_TO_DATE, 10, 5, 0.5, 0.2366, 0.7634),
                row(ARM, INTERNSHIP_ONLY, JOB_TO_DATE, 2, 1, 0.5, 0.0945, 0.9055));
    }

    /** Kaplan–Meier by arm: R's survfit of src/test/resources/r/km_fixture.R (output km_fixture.out). */
    public static ProtectedTable timeToJob(Disclosure mode) {
        return protect(List.of(T_DAYS, N_RISK, N_EVENT, N_CENSOR, SURVIVAL, CI_LOW, CI_HIGH),
                MetricLayouts.TIME_TO_JOB, mode,
                row(ARM, MENTOR_INTERNSHIP, "", 30, 4, 1, 0, 0.75, 0.127947, 0.960549),
                row(ARM, MENTOR_INTERNSHIP, "", 100, 3, 1, 0, 0.5, 0.057847, 0.844861),
                row(ARM, MENTOR_INTERNSHIP, "", 200, 2, 0, 1, 0.5, 0.057847, 0.844861),
                row(ARM, MENTOR_INTERNSHIP, "", 400, 1, 0, 1, 0.5, 0.057847, 0.844861),
                row(ARM, MENTOR_ONLY, "", 50, 2, 1, 0, 0.5, 0.005983, 0.910410),
                row(ARM, MENTOR_ONLY, "", 90, 1, 0, 1, 0.5, 0.005983, 0.910410),
                row(ARM, ORDINARY, "", 200, 3, 1, 0, 0.666667, 0.054073, 0.945206),
                row(ARM, ORDINARY, "", 365, 2, 0, 2, 0.666667, 0.054073, 0.945206));
    }

    /** Jobs by class: all 7 + 3 + 5 = 15; mentor_internship 4 + 3 + 3 = 10; mentor_only 3 + 0 + 2 = 5. */
    public static ProtectedTable selfSufficiency(Disclosure mode) {
        return protect(List.of(N_JOB, FULL, SUBSIDISED, PARTIAL), MetricLayouts.SELF_SUFFICIENCY, mode,
                row(ALL, ALL, "", 15, 7, 3, 5),
                row(ARM, MENTOR_INTERNSHIP, "", 10, 4, 3, 3),
                row(ARM, MENTOR_ONLY, "", 5, 3, 0, 2));
    }

    /** Skill scores of the all group; career_learning has only 2 pairs. */
    public static ProtectedTable skills(Disclosure mode) {
        return protect(List.of(N_PAIRS, MEAN_BASELINE, MEAN_FINAL, MEAN_CHANGE, SHARE_IMPROVED, WILCOXON_P),
                MetricLayouts.SKILLS, mode,
                row(ALL, ALL, "network", 6, 2.5, 3.5, 1.0, 0.666667, 0.1),
                row(ALL, ALL, "job_qualification", 6, 2.0, 3.0, 1.0, 0.5, 0.2),
                row(ALL, ALL, "career_learning", 2, 3.0, 4.5, 1.5, 1.0, NA));
    }

    /**
     * Arms against ordinary (3 of 10). mentor_only has 2 jobs of 8: hidden with everything
     * derived from its rate. The estimates are made-up inputs: the figure draws what it is given.
     * The rows are keyed as the report reads comparison.csv: mentor_any as the {@code all} row of
     * the two mentor arms, ordinary under its own group type ({@code MetricColumns.REFERENCE}).
     */
    public static ProtectedTable comparison(Disclosure mode) {
        return protect(List.of(N, N_JOB, RATE, CI_LOW, CI_HIGH, RD, RD_LOW, RD_HIGH, RR, RR_LOW, RR_HIGH, FISHER_P,
                        RD_ADJ, RD_ADJ_LOW, RD_ADJ_HIGH), MetricLayouts.COMPARISON, mode,
                row(ARM, MENTOR_INTERNSHIP, "", 10, 6, 0.6, 0.31, 0.83, 0.3, -0.08, 0.6, 2.0, 0.8, 5.0, 0.37,
                        0.25, -0.1, 0.55),
                row(ARM, MENTOR_ONLY, "", 8, 2, 0.25, 0.07, 0.59, -0.05, -0.4, 0.3, 0.83, 0.2, 3.4, 1.0,
                        -0.1, -0.45, 0.3),
                row(ALL, MENTOR_ANY, "", 18, 8, 0.444444, 0.25, 0.66, 0.144444, -0.2, 0.45, 1.5, 0.6, 3.8, 0.7,
                        0.12, -0.2, 0.42),
                row(REFERENCE, ORDINARY, "", 10, 3, 0.3, 0.11, 0.6, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA));
    }

    /** SMDs of three covariates before and after weighting. */
    public static ProtectedTable balance(Disclosure mode) {
        return protect(List.of(SMD_BEFORE, SMD_AFTER), MetricLayouts.BALANCE, mode,
                row(COVARIATE, "female", "", 0.4, 0.05),
                row(COVARIATE, "age_at_arrival", "", -0.3, 0.02),
                row(COVARIATE, "education", "", 0.25, -0.08));
    }

    /**
     * Exit years 2018 (4 + 3 + 3 = 10, 7 in work or education, Wilson [0.396778, 0.892209] as in
     * ReportJobTest; nothing to hide) and 2019 (4 + 3 + 1 = 8, 7 of 8; R prop.test(7, 8, correct = FALSE):
     * [0.5291, 0.9776]).
     */
    public static ProtectedTable introStatus(Disclosure mode) {
        return protect(List.of(N, WORK, EDUCATION, OTHER, RATE_WORK_OR_EDUCATION, CI_LOW, CI_HIGH),
                MetricLayouts.INTRO_STATUS, mode,
                row(ALL, ALL, "2018", 10, 4, 3, 3, 0.7, 0.396778, 0.892209),
                row(ALL, ALL, "2019", 8, 4, 3, 1, 0.875, 0.5291, 0.9776));
    }

    private static ProtectedTable protect(List<String> columns, TableLayout layout, Disclosure mode, MetricRow... rows) {
        return DisclosureControl.protect(new MetricTable(columns, List.of(rows)), layout, mode, K);
    }

    private static MetricRow row(String type, String group, String stratum, double... values) {
        return new MetricRow(type, group, stratum, values);
    }
}
