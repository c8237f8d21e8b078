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
 */
public record FigureContext(Language language, String snapshotId, LocalDate asOf, Disclosure mode) {

    /** Source line, then the internal marking when the output is internal. */
    List<String> footer(List<String> hiddenGroups, String hiddenKey) {
        List<String> lines = new ArrayList<>();
        lines.add(language.text("figure.footer", snapshotId, language.date(asOf)));
        if (!hiddenGroups.isEmpty()) {
            lines.add(language.text(hiddenKey, String.join(", ", hiddenGroups)));
        }
        if (mode == Disclosure.INTERNAL) {
            lines.add(Disclosure.INTERNAL_MARK);
        }
        return lines;
    }
}
