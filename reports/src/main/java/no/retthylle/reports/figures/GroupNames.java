package no.retthylle.reports.figures;

import static no.retthylle.reports.MetricColumns.ALL;
import static no.retthylle.reports.MetricColumns.ARM;
import static no.retthylle.reports.MetricColumns.COHORT;
import static no.retthylle.reports.MetricColumns.GENDER;

import no.retthylle.reports.Language;

/**
 * The words figures use for groups and codes: {@code all} as "Alle", arms and genders by
 * their names in the language, cohorts as "Kull 1", and codes of the metric tables (stages,
 * statuses, dimensions, covariates) from {@code code.*} texts. A code without a text is shown as
 * it is (a covariate the analysis adds later still gets a label).
 */
final class GroupNames {

    private GroupNames() {
    }

    static String group(Language l, String groupType, String group) {
        // Not a switch: the group types are the analysis module's labels, not compile-time constants.
        if (groupType.equals(ALL)) {
            return l.text("group.all");
        }
        if (groupType.equals(COHORT)) {
            return code(l, "cohort." + group, l.text("figure.cohort", group));
        }
        if (groupType.equals(ARM) || groupType.equals(GENDER)) {
            return code(l, groupType + "." + group, group);
        }
        return group;
    }

    /** The text under {@code code.KEY}, or {@code fallback} when there is none. */
    static String code(Language l, String key, String fallback) {
        return l.has("code." + key) ? l.text("code." + key) : fallback;
    }
}
