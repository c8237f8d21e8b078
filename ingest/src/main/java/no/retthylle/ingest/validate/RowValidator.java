package no.retthylle.ingest.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.retthylle.warehouse.Assessments;
import no.retthylle.warehouse.Column;
import no.retthylle.warehouse.ColumnType;
import no.retthylle.warehouse.Enrolments;
import no.retthylle.warehouse.Events;
import no.retthylle.warehouse.Goals;
import no.retthylle.warehouse.Outcomes;
import no.retthylle.warehouse.Participants;
import no.retthylle.warehouse.RecordType;

/**
 * Validates one row of a record type against the records contract, cell by cell and then
 * by the type's {@link RowRules}.
 *
 * <p>A column the header requires must also have a value in every row, except the
 * enrolment cells that are conditionally empty ({@code cohort}, {@code end_date},
 * {@code end_reason}). Empty optional enums that mean {@code unknown} become
 * {@code unknown}. Every broken rule becomes its own {@link Reject}; rules between cells
 * only run on cells that parsed, so one bad cell is reported once.
 */
public final class RowValidator {

    private static final Set<String> CONDITIONALLY_EMPTY = Set.of(
            Enrolments.COHORT, Enrolments.END_DATE, Enrolments.END_REASON);
    private static final Map<String, Function<LocalDate, RowRules>> RULES = Map.of(
            Participants.TYPE.name(), ParticipantRules::new,
            Enrolments.TYPE.name(), EnrolmentRules::new,
            Events.TYPE.name(), EventRules::new,
            Outcomes.TYPE.name(), OutcomeRules::new,
            Assessments.TYPE.name(), extractDate -> new AssessmentRules(),
            Goals.TYPE.name(), extractDate -> RowRules.NONE);

    private final RecordType type;
    private final RowRules rules;

    /** A validator for {@code type}; dates are checked against {@code extractDate}. */
    public RowValidator(RecordType type, LocalDate extractDate) {
        this.type = type;
        this.rules = RULES.get(type.name()).apply(extractDate);
    }

    /**
     * Validates one row.
     *
     * @param cells trimmed text per contract column name; an absent or empty entry is missing
     */
    public ValidatedRow validate(Map<String, String> cells) {
        ParsedRow row = new ParsedRow(cells);
        for (Column column : type.columns()) {
            parseCell(row, column, cells.getOrDefault(column.name(), ""));
        }
        rules.check(row);
        return row.result();
    }

    private void parseCell(ParsedRow row, Column column, String text) {
        String name = column.name();
        if (!text.isEmpty()) {
            parseGiven(row, column, text);
            return;
        }
        Optional<String> meaning = column.type() == ColumnType.ENUM
                ? ColumnDomains.of(type, name).whenEmpty() : Optional.empty();
        row.accept(name, meaning.orElse(null), meaning.orElse(""));
        if (meaning.isEmpty() && column.required() && !CONDITIONALLY_EMPTY.contains(name)) {
            row.reject(name, "required value is missing");
        }
    }

    private void parseGiven(ParsedRow row, Column column, String text) {
        String name = column.name();
        switch (column.type()) {
            case STRING -> {
                TextFormat format = TextFormat.of(name);
                accept(row, name, format.canonical(text), String::valueOf, format.problem());
            }
            case ENUM -> {
                Domain domain = ColumnDomains.of(type, name);
                accept(row, name, domain.canonical(text), String::valueOf, "unknown value "
                        + ParsedRow.quoted(text) + " for " + name + "; allowed: " + domain.allowed());
            }
            case INT -> accept(row, name, CellValues.integer(text), String::valueOf, "not a whole number");
            case DATE -> accept(row, name, CellValues.date(text), DateTimeFormatter.ISO_LOCAL_DATE::format,
                    "not a valid date (use yyyy-MM-dd or dd.MM.yyyy)");
            case BOOLEAN -> accept(row, name, CellValues.bool(text), String::valueOf,
                    "not a yes/no value (use true/false, yes/no, ja/nei or 1/0)");
        }
    }

    private static <T> void accept(ParsedRow row, String column, Optional<T> value,
            Function<? super T, String> canonical, String problem) {
        if (value.isPresent()) {
            row.accept(column, value.get(), canonical.apply(value.get()));
        } else {
            row.accept(column, null, "");
            row.reject(column, problem);
        }
    }
}
