package no.retthylle.reports.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.Language;
import no.retthylle.reports.disclosure.Disclosure;

/**
 * What every figure states besides its data.
 *
 * @param snapshotId the input snapshot the metric tables were computed from
 * @param asOf the date the data are as of
 * @param minCell k, the threshold of disclosure control (also where a figure applies a rule
 *     across rows, such as the group size of a Kaplan–Meier curve)
 */
public record FigureContext(Language language, String snapshotId, LocalDate asOf, Disclosure mode, int minCell) {

    /** Source line, then the internal marking when the output is internal. */
    List<String> footer(List<String> hiddenGroups, String hiddenKey) {
        return footer(hiddenGroups.isEmpty() ? List.of()
                : List.of(language.text(hiddenKey, String.join(", ", hiddenGroups))));
    }

    /** Source line, the notes, then the internal marking when the output is internal. */
    List<String> footer(List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add(language.text("figure.footer", snapshotId, language.date(asOf)));
        lines.addAll(notes);
        if (mode == Disclosure.INTERNAL) {
            lines.add(Disclosure.INTERNAL_MARK);
        }
        return lines;
    }

    /** The note that {@code hidden} values (bars, points) are not drawn, or none when none is hidden. */
    List<String> hiddenNote(int hidden) {
        return hidden == 0 ? List.of() : List.of(language.text("figure.hiddenValues", hidden, minCell));
    }

    /** Whether a rule across rows must be applied: public output. */
    boolean isPublic() {
        return mode == Disclosure.PUBLIC;
    }
}
