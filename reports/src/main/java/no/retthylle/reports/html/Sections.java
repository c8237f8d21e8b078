package no.retthylle.reports.html;

import java.util.List;

/** HTML fragments for the sections of the report; every text argument is escaped here. */
public final class Sections {

    private Sections() {
    }

    /**
     * A table section: heading, caption, a header row and body rows of already formatted cell
     * texts (a suppressed cell as {@code :}). The first column is a row header.
     */
    public static String table(String id, String heading, String caption, List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"").append(Html.escape(id)).append("\">\n");
        out.append("<h2>").append(Html.escape(heading)).append("</h2>\n<table>\n<caption>")
                .append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        for (String h : header) {
            out.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(row.get(0))).append("</th>");
            for (String cell : row.subList(1, row.size())) {
                out.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n</section>").toString();
    }

    /**
     * A figure section: the chart's {@code <svg>} element inlined as is (it is made by our own
     * encoder and holds its text as outlines), and the caption and notes as text.
     */
    public static String figure(String id, String svgElement, String caption, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"").append(Html.escape(id)).append("\">\n<figure>\n")
                .append(svgElement).append("\n<figcaption>").append(Html.escape(caption));
        for (String note : notes) {
            out.append("<br>\n").append(Html.escape(note));
        }
        return out.append("</figcaption>\n</figure>\n</section>").toString();
    }
}
