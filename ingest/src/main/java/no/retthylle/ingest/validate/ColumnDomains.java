package no.retthylle.ingest.validate;

import java.util.Map;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;

/**
 * The enum domains of the records contract, per record type and column ({@code status}
 * and {@code dimension} differ between files). Aliases are only those the contract lists:
 * gender {@code K}/{@code kvinne} and {@code M}/{@code mann}. The four participant enums
 * whose empty cell means {@code unknown} say so.
 */
public final class ColumnDomains {

    private static final String UNKNOWN = "unknown";
    private static final Domain DIMENSIONS = Domain.of("network", "job_qualification", "career_learning");

    private static final Map<String, Map<String, Domain>> BY_TYPE = Map.of(
            Participants.TYPE.name(), Map.of(
                    Participants.GENDER, Domain.of("female", "male", "other", UNKNOWN)
                            .withAlias("k", "female").withAlias("kvinne", "female")
                            .withAlias("m", "male").withAlias("mann", "male").emptyMeans(UNKNOWN),
                    Participants.EDUCATION_LEVEL, Domain.of("none", "primary", "upper_secondary",
                            "higher_short", "bachelor", "master", "phd", UNKNOWN).emptyMeans(UNKNOWN),
                    Participants.NOKUT_APPROVED, Domain.of("yes", "no", "pending", UNKNOWN).emptyMeans(UNKNOWN),
                    Participants.NORWEGIAN_LEVEL, Domain.of("A1", "A2", "B1", "B2", "C1", "C2", UNKNOWN)
                            .emptyMeans(UNKNOWN)),
            Enrolments.TYPE.name(), Map.of(
                    Enrolments.PROGRAMME, Domain.of(EnrolmentRules.INTRO, EnrolmentRules.MENTOR,
                            EnrolmentRules.INTERNSHIP),
                    Enrolments.END_REASON, Domain.of("completed", "dropped_out", "parental_leave",
                            "education", "moved", "other")),
            Events.TYPE.name(), Map.of(
                    Events.EVENT, Domain.of("screened", "applied", "interviewed", "offered", "company_tour",
                            "matching_meeting", "agreement_signed", EventRules.MENTOR_MEETING,
                            "midway_evaluation", "final_evaluation", "internship_evaluation"),
                    Events.THEME, Domain.of("network_mapping", "cv_review", "qualifications",
                            "industries_interests", "network_expansion", "job_application",
                            "interview_training", "work_culture", "work_language",
                            "qualifying_for_positions", "job_ready")),
            Outcomes.TYPE.name(), Map.of(
                    Outcomes.STATUS, Domain.of(OutcomeRules.RELEVANT_JOB, OutcomeRules.OTHER_JOB,
                            "education", "none"),
                    Outcomes.FUNDING, Domain.of("ordinary", "wage_subsidy", "practice_benefit", "other")),
            Assessments.TYPE.name(), Map.of(
                    Assessments.PHASE, Domain.of("baseline", "midway", "final"),
                    Assessments.DIMENSION, DIMENSIONS),
            Goals.TYPE.name(), Map.of(
                    Goals.DIMENSION, Domain.of("network", "job_qualification", "career_learning", "other"),
                    Goals.STATUS, Domain.of("achieved", "partly", "not_achieved", "open")));

    private ColumnDomains() {
    }

    /** The domain of an enum column. */
    public static Domain of(RecordType type, String column) {
        Domain domain = BY_TYPE.getOrDefault(type.name(), Map.of()).get(column);
        if (domain == null) {
            throw new IllegalArgumentException("no domain for " + type.name() + "." + column);
        }
        return domain;
    }
}
