package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.retthylle.analysis.RunContext;
import no.retthylle.reports.MetricFamily.Format;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.disclosure.Disclosure;
import no.retthylle.reports.html.ReportPage;
import no.retthylle.reports.html.Sections;
import no.retthylle.reports.html.Sections.KeyFigure;
import no.retthylle.reports.html.Sections.Term;

/**
 * The report as one XHTML document: the key figures; one section per metric table with its
 * disclosure-controlled table(s) and the figures {@link FigureCatalog} draws from it; the
 * comparison with the ordinary programme opened by a paragraph on selection; and an appendix
 * with the definitions, the rejected rows per input file and the disclosure rule applied. A
 * table whose CSV was not made is named with a note instead.
 */
final class ReportDocument {

    private ReportDocument() {
    }

    /**
     * The page.
     *
     * @param tables the published metric tables present, by family
     * @param figures figure elements ({@link Sections#figure}) by the id of the section they belong
     *     to ({@link FigureCatalog#section}); a section's figures follow its tables, the balance
     *     figure the balance table in the comparison section
     */
    static String html(RunContext run, ReportSettings settings, Map<MetricFamily, PublishedTable> tables,
                       PublishedTable inputs, Map<String, List<String>> figures) {
        Language l = settings.language();
        Object[] args = captionArgs(run, settings);
        ReportPage page = new ReportPage(l.code(), l.text("report.title"))
                .meta(l.text("report.asOf", args[0]))
                .meta(l.text("report.snapshot", run.snapshotId()))
                .meta(l.text("report.software", run.softwareVersion()))
                .section(Sections.section("key_figures", l.text("section.key_figures.heading"),
                        List.of(Sections.keyFigures(keyFigures(tables, l, run)))));
        for (MetricFamily f : MetricFamilies.ALL_FAMILIES) {
            if (f != MetricFamilies.BALANCE) {
                page.section(familySection(f, tables, figures, l, args));
            }
        }
        page.section(appendix(tables, inputs, settings, l, args));
        if (settings.mode() == Disclosure.INTERNAL) {
            page.marking(Disclosure.INTERNAL_MARK).disclosureNote(l.text("disclosure.internal"));
        } else {
            page.disclosureNote(l.text("disclosure.public", settings.minCell() - 1, settings.minCell()));
        }
        return page.render();
    }

    /** {0} as-of date, {1} job window days, {2} follow-up days, {3} k. */
    private static Object[] captionArgs(RunContext run, ReportSettings settings) {
        Language l = settings.language();
        return new Object[] {l.date(LocalDate.parse(run.asOf())), run.jobWindowDays(), run.followupDays(),
            settings.minCell()};
    }

    private static String familySection(MetricFamily f, Map<MetricFamily, PublishedTable> tables,
                                        Map<String, List<String>> figures, Language l, Object[] args) {
        List<String> parts = new ArrayList<>();
        String intro = "section." + f.id() + ".intro";
        if (l.has(intro)) {
            parts.add(Sections.paragraph(l.text(intro, args)));
        }
        parts.addAll(tableParts(f, tables, l, args));
        parts.addAll(figures.getOrDefault(f.id(), List.of()));
        if (f == MetricFamilies.COMPARISON) {
            parts.add(Sections.subheading(l.text("section.balance.heading")));
            parts.addAll(tableParts(MetricFamilies.BALANCE, tables, l, args));
            parts.addAll(figures.getOrDefault(MetricFamilies.BALANCE.id(), List.of()));
        }
        return Sections.section(f.id(), l.text("section." + f.id() + ".heading"), parts);
    }

    private static List<String> tableParts(MetricFamily f, Map<MetricFamily, PublishedTable> tables, Language l,
                                           Object[] args) {
        PublishedTable t = tables.get(f);
        if (t == null) {
            return List.of(Sections.note(l.text("section.missing", f.fileName())));
        }
        return TableSections.tables(t, l, args).stream().map(Sections::table).toList();
    }

    private static List<KeyFigure> keyFigures(Map<MetricFamily, PublishedTable> tables, Language l, RunContext run) {
        List<KeyFigure> out = new ArrayList<>();
        keyFigure(tables, MetricFamilies.COMPLETION, N_ENROLLED, Format.COUNT, l, l.text("key.enrolled"), ALL, ALL)
                .ifPresent(out::add);
        keyFigure(tables, MetricFamilies.COMPLETION, RATE_ON_TIME, Format.PERCENT, l, l.text("key.onTime"), ALL, ALL)
                .ifPresent(out::add);
        keyFigure(tables, MetricFamilies.JOB_ATTACHMENT, RATE, Format.PERCENT, l,
                l.text("key.jobByEnd", run.jobWindowDays()), ALL, ALL, JOB_BY_END).ifPresent(out::add);
        keyFigure(tables, MetricFamilies.JOB_ATTACHMENT, RATE, Format.PERCENT, l, l.text("key.jobToDate"),
                ALL, ALL, JOB_TO_DATE).ifPresent(out::add);
        PublishedTable self = tables.get(MetricFamilies.SELF_SUFFICIENCY);
        if (self != null) {
            self.find(ALL, ALL).ifPresent(r -> out.add(new KeyFigure(
                    TableSections.value(self.cell(r, FULL), Format.COUNT, l),
                    l.text("key.full", TableSections.value(self.cell(r, N_JOB), Format.COUNT, l)))));
        }
        return out;
    }

    private static Optional<KeyFigure> keyFigure(Map<MetricFamily, PublishedTable> tables, MetricFamily f,
                                                 String column, Format format, Language l, String label,
                                                 String... key) {
        PublishedTable t = tables.get(f);
        if (t == null) {
            return Optional.empty();
        }
        return t.find(key).filter(r -> t.cell(r, column).kind() != Cell.Kind.MISSING)
                .map(r -> new KeyFigure(TableSections.value(t.cell(r, column), format, l), label));
    }

    private static String appendix(Map<MetricFamily, PublishedTable> tables, PublishedTable inputs,
                                   ReportSettings settings, Language l, Object[] args) {
        List<String> parts = new ArrayList<>();
        parts.add(Sections.subheading(l.text("methods.definitions")));
        List<Term> terms = new ArrayList<>();
        for (MetricFamily f : MetricFamilies.ALL_FAMILIES) {
            terms.add(new Term(l.text("section." + f.id() + ".heading") + " (" + f.fileName() + ")",
                    l.text("definition." + f.id(), args)));
        }
        parts.add(Sections.definitions(terms));
        parts.add(Sections.subheading(l.text("methods.inputs")));
        TableSections.tables(inputs, l, args).forEach(b -> parts.add(Sections.table(b)));
        parts.add(Sections.subheading(l.text("methods.disclosure")));
        parts.add(Sections.paragraph(settings.mode() == Disclosure.INTERNAL
                ? l.text("methods.disclosure.internal", settings.minCell())
                : l.text("methods.disclosure.public", settings.minCell(), settings.minCell() - 1)));
        return Sections.section("methods", l.text("section.methods.heading"), parts);
    }
}
