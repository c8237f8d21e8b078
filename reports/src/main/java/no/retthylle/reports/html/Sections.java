package no.retthylle.reports.html;

import java.util.List;

/**
 * XHTML fragments for the report: a section wraps parts (paragraphs, tables, a figure, a list
 * of definitions, key figures) built by the other methods. Every text argument is escaped here;
 * only an SVG element made by our own chart encoder goes in as markup.
 */
public final class Sections {

    private Sections() {
    }

    /** A section with a heading and its parts in order. */
    public static String section(String id, String heading, List<String> parts) {
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"").append(Html.escape(id)).append("\">\n<h2>").append(Html.escape(heading))
                .append("</h2>\n");
        parts.forEach(p -> out.append(p).append('\n'));
        return out.append("</section>").toString();
    }

    /** A heading within a section. */
    public static String subheading(String text) {
        return "<h3>" + Html.escape(text) + "</h3>";
    }

    /** A paragraph of text. */
    public static String paragraph(String text) {
        return "<p>" + Html.escape(text) + "</p>";
    }

    /** A paragraph set apart as a note (a table not made, a limitation). */
    public static String note(String text) {
        return "<p class=\"note\">" + Html.escape(text) + "</p>";
    }

    /**
     * A table of already formatted cell texts (a suppressed cell as {@code :}); the first cell
     * of each body row is its row header. The caption goes under the table.
     */
    public static String table(TableBlock block) {
        StringBuilder out = new StringBuilder("<table>\n<caption>").append(Html.escape(block.caption()))
                .append("</caption>\n<thead><tr>");
        for (int c = 0; c < block.header().size(); c++) {
            out.append(c < block.keyColumns() ? "<th scope=\"col\" class=\"key\">" : "<th scope=\"col\">")
                    .append(Html.escape(block.header().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : block.rows()) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(row.get(0))).append("</th>");
            for (int c = 1; c < row.size(); c++) {
                out.append(c < block.keyColumns() ? "<td class=\"key\">" : "<td>").append(Html.escape(row.get(c)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    /**
     * A figure: the chart's {@code <svg>} element inlined as is (made by our own encoder, text as
     * outlines), its caption and notes as text.
     */
    public static String figure(String id, String svgElement, String caption, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("<figure id=\"").append(Html.escape(id)).append("\">\n").append(svgElement)
                .append("\n<figcaption>").append(Html.escape(caption));
        for (String note : notes) {
            out.append("<br />\n").append(Html.escape(note));
        }
        return out.append("</figcaption>\n</figure>").toString();
    }

    /** The key figures: each a value (a formatted number or {@code :}) over its label. */
    public static String keyFigures(List<KeyFigure> figures) {
        StringBuilder out = new StringBuilder("<ul class=\"key-figures\">\n");
        for (KeyFigure f : figures) {
            out.append("<li><span class=\"value\">").append(Html.escape(f.value()))
                    .append("</span><span class=\"label\">").append(Html.escape(f.label())).append("</span></li>\n");
        }
        return out.append("</ul>").toString();
    }

    /** A list of terms with their definitions. */
    public static String definitions(List<Term> terms) {
        StringBuilder out = new StringBuilder("<dl>\n");
        for (Term t : terms) {
            out.append("<dt>").append(Html.escape(t.term())).append("</dt><dd>").append(Html.escape(t.definition()))
                    .append("</dd>\n");
        }
        return out.append("</dl>").toString();
    }

    /** One headline number of the report. */
    public record KeyFigure(String value, String label) {
    }

    /** A term and its definition. */
    public record Term(String term, String definition) {
    }

    /**
     * A table's content.
     *
     * @param keyColumns how many leading columns name the row (the row header and any further
     *     keys, shown as text rather than numbers)
     * @param rows formatted cells, the row header first
     */
    public record TableBlock(String caption, List<String> header, int keyColumns, List<List<String>> rows) {

        public TableBlock {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
