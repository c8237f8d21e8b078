package no.retthylle.reports;

import static no.retthylle.reports.MetricColumns.*;

import java.util.ArrayList;
import java.util.List;
import no.retthylle.reports.MetricFamily.Display;
import no.retthylle.reports.disclosure.Cell;
import no.retthylle.reports.html.Sections.TableBlock;

/**
 * The tables of a published metric table as the report shows them: a row header naming the
 * group in words ("Kull 2", "Kvinner"), a column per further key (measure, dimension ...), then
 * the shown values formatted in the language; a suppressed value as {@code :}, a value that is
 * not defined as empty, an interval as "low – high".
 */
final class TableSections {

    private TableSections() {
    }

    /** One table per view of the family, captioned {@code section.ID.caption} (then {@code .2}, {@code .3}). */
    static List<TableBlock> tables(PublishedTable t, Language l, Object... captionArgs) {
        List<TableBlock> blocks = new ArrayList<>();
        List<List<Display>> views = t.family().views();
        for (int v = 0; v < views.size(); v++) {
            String captionKey = "section." + t.family().id() + ".caption" + (v == 0 ? "" : "." + (v + 1));
            blocks.add(new TableBlock(l.text(captionKey, captionArgs), header(t.family(), views.get(v), l),
                    1 + t.family().strata().size(), rows(t, views.get(v), l)));
        }
        return blocks;
    }

    private static List<String> header(MetricFamily f, List<Display> view, Language l) {
        List<String> header = new ArrayList<>();
        header.add(l.text("column." + (f.keying() == MetricFamily.Keying.GROUPED ? GROUP : f.keys().get(0))));
        f.strata().forEach(s -> header.add(l.text("column." + s)));
        view.forEach(d -> header.add(l.text(d.header())));
        return header;
    }

    private static List<List<String>> rows(PublishedTable t, List<Display> view, Language l) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> cells = new ArrayList<>();
            cells.add(groupLabel(t, r, l));
            for (String s : t.family().strata()) {
                cells.add(l.label(s + "." + t.text(r, s), t.text(r, s)));
            }
            for (Display d : view) {
                cells.add(cell(t, r, d, l));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The group of row {@code r} in words. */
    static String groupLabel(PublishedTable t, int r, Language l) {
        MetricFamily f = t.family();
        if (f.keying() != MetricFamily.Keying.GROUPED) {
            String key = f.keys().get(0);
            return l.label(key + "." + t.text(r, key), t.text(r, key));
        }
        String type = t.text(r, GROUP_TYPE);
        String group = t.text(r, GROUP);
        if (type.equals(ALL)) {
            return l.text("group.all");
        }
        if (type.equals(COHORT) || type.equals(TRACK)) {
            return l.label("group." + type + "." + group, l.text("group." + type, group));
        }
        return l.label(type + "." + group, group);
    }

    private static String cell(PublishedTable t, int r, Display d, Language l) {
        if (d.format() == MetricFamily.Format.TEXT) {
            return t.text(r, d.columns().get(0));
        }
        if (!d.isInterval()) {
            return value(t.cell(r, d.columns().get(0)), d.format(), l);
        }
        Cell low = t.cell(r, d.columns().get(0));
        Cell high = t.cell(r, d.columns().get(1));
        if (low.isSuppressed() || high.isSuppressed()) {
            return Cell.SUPPRESSED_SYMBOL;
        }
        if (!low.isShown() || !high.isShown()) {
            return "";
        }
        return value(low, d.format(), l) + " – " + value(high, d.format(), l);
    }

    /** A cell's text: its value in {@code format}, {@code :} when suppressed, empty when missing. */
    static String value(Cell cell, MetricFamily.Format format, Language l) {
        return switch (cell.kind()) {
            case MISSING -> "";
            case SUPPRESSED -> Cell.SUPPRESSED_SYMBOL;
            case VALUE -> switch (format) {
                case COUNT -> l.count(cell.value());
                case PERCENT -> l.percent(cell.value());
                case PERCENT_POINTS -> l.fixed(cell.value() * 100, 1);
                case DECIMAL, RATIO -> l.fixed(cell.value(), 2);
                case P_VALUE -> l.pValue(cell.value());
                case DAYS -> l.decimal(cell.value(), 1);
                case TEXT -> throw new IllegalArgumentException("a text column has no numeric cell");
            };
        };
    }
}
