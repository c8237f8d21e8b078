package no.retthylle.analysis.marts;

import java.util.List;
import no.retthylle.spark.SqlModels;
import org.apache.spark.sql.SparkSession;

/**
 * The staging and intermediate models, in the order they depend on each other. Each is
 * registered as a temporary view under its file name; the marts select from them.
 *
 * <p>Staging models read the {@code raw_<record type>} views and apply the as_of
 * convention; the intermediate models hold the shared entities:
 * <ul>
 * <li>{@code int_person_arms}: per person, the arm and the first spell of each programme;
 * <li>{@code int_mentor_spells}: per mentor spell, its status, matured, completed, track,
 *     gender and arm;
 * <li>{@code int_mentor_spell_groups}: per mentor spell, one row per group it belongs to;
 * <li>{@code int_mentor_spell_jobs}: per mentor spell, job_by_end and job_to_date;
 * <li>{@code int_mentor_spell_first_jobs}: per mentor spell with a job, the first
 *     relevant job and its self-sufficiency class;
 * <li>{@code int_person_origins}: per person with an arm whose origin is on or before
 *     as_of, the origin (the comparison's index date), the first relevant job from it, the
 *     event flag and time in days;
 * <li>{@code int_comparison_persons}: the comparison population with its outcome and
 *     covariates;
 * <li>{@code int_mentor_person_groups}: per person with a mentor spell, one row per group
 *     (all, cohort of the first mentor spell, arm);
 * <li>{@code int_mentor_spell_meetings}: per mentor meeting inside a mentor spell, that spell;
 * <li>{@code int_internship_spells}: per internship spell, its arm, length and job;
 * <li>{@code int_internship_spell_groups}: per internship spell, one row per group (all, arm).
 * </ul>
 * The views are lazy: materialising them reads no data. Empty raw views give empty models.
 */
public final class SharedModels {

    /** The models in dependency order, as {@code folder/name} under {@code sql/}. */
    public static final List<String> IN_ORDER = List.of(
            "stg/stg_participants",
            "stg/stg_enrolments",
            "stg/stg_events",
            "stg/stg_outcomes",
            "stg/stg_assessments",
            "stg/stg_goals",
            "int/int_person_arms",
            "int/int_mentor_spells",
            "int/int_mentor_spell_groups",
            "int/int_mentor_spell_jobs",
            "int/int_mentor_spell_first_jobs",
            "int/int_person_origins",
            "int/int_comparison_persons",
            "int/int_mentor_person_groups",
            "int/int_mentor_spell_meetings",
            "int/int_internship_spells",
            "int/int_internship_spell_groups");

    private SharedModels() {
    }

    /** Registers every staging and intermediate model as a view; the raw views must exist. */
    public static void materialise(SqlModels models) {
        IN_ORDER.forEach(models::materialise);
    }

    /**
     * Caches every registered model when it is first computed ({@code Catalog.cacheTable},
     * lazy), so a model that several marts read is computed once per run rather than once
     * for each of them, and the marts' plans stay small. Storage is Spark's default for
     * cached tables, memory then disk, so data larger than memory spills rather than fails.
     *
     * @return uncaches the models when closed
     */
    public static Cached cache(SparkSession spark) {
        IN_ORDER.forEach(model -> spark.catalog().cacheTable(SqlModels.viewName(model)));
        return new Cached(spark);
    }

    /** The shared models while cached; closing frees their cached data. */
    public record Cached(SparkSession spark) implements AutoCloseable {

        @Override
        public void close() {
            IN_ORDER.forEach(model -> spark.catalog().uncacheTable(SqlModels.viewName(model)));
        }
    }
}
