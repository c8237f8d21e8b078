package no.retthylle.cli;

import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.ReportSettings;
import picocli.CommandLine.Option;

/** Options of the report. */
final class ReportOptionsMixin {

    @Option(names = "--disclosure", defaultValue = "public", paramLabel = "MODE",
            description = "public (default: small counts suppressed) or internal (everything shown, every page marked).")
    String disclosure;

    @Option(names = "--min-cell", defaultValue = "3", paramLabel = "K",
            description = "Smallest count shown in public mode (default: ${DEFAULT-VALUE}).")
    int minCell;

    @Option(names = "--lang", defaultValue = "nb", paramLabel = "LANG",
            description = "Language of the report and figures: nb (default) or en.")
    String lang;

    ReportSettings settings() {
        Disclosure mode = switch (disclosure.toLowerCase(java.util.Locale.ROOT)) {
            case "public" -> Disclosure.PUBLIC;
            case "internal" -> Disclosure.INTERNAL;
            default -> throw new UsageException("--disclosure must be public or internal, got '" + disclosure + "'");
        };
        if (!lang.equals("nb") && !lang.equals("en")) {
            throw new UsageException("--lang must be nb or en, got '" + lang + "'");
        }
        if (minCell < 1) {
            throw new UsageException("--min-cell must be at least 1");
        }
        return new ReportSettings(mode, minCell, lang);
    }
}
