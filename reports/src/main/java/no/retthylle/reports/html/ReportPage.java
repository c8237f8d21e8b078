package no.retthylle.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report page: {@code report-template.html} (XHTML, inline CSS, no external resources, so
 * both a browser and the PDF renderer read the same document) with its {@code {{name}}}
 * placeholders filled in one pass, so text that looks like a placeholder is never expanded.
 * Text goes in escaped; sections are XHTML fragments built by {@link Sections}.
 */
public final class ReportPage {

    private static final String TEMPLATE = "/no/retthylle/reports/report-template.html";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String lang;
    private final String title;
    private final List<String> meta = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private String marking = "";
    private String disclosureNote = "";

    /** A page in language {@code lang} (an ISO code) with {@code title}. */
    public ReportPage(String lang, String title) {
        this.lang = lang;
        this.title = title;
    }

    /** A line under the title (as-of, snapshot, software version). */
    public ReportPage meta(String text) {
        meta.add(Html.escape(text));
        return this;
    }

    /** A marking shown at the top and bottom of the page (internal output). */
    public ReportPage marking(String text) {
        marking = "<p class=\"marking\">" + Html.escape(text) + "</p>";
        return this;
    }

    /** The note on the disclosure rule applied, at the end of the page. */
    public ReportPage disclosureNote(String text) {
        disclosureNote = Html.escape(text);
        return this;
    }

    /** A section built by {@link Sections#section}. */
    public ReportPage section(String html) {
        sections.add(html);
        return this;
    }

    /** The complete XHTML document. */
    public String render() {
        Map<String, String> values = Map.of(
                "lang", Html.escape(lang),
                "title", Html.escape(title),
                "meta", String.join("<br />\n", meta),
                "marking", marking,
                "sections", String.join("\n", sections),
                "disclosure", disclosureNote);
        Matcher m = PLACEHOLDER.matcher(template());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template has unknown placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String template() {
        try (InputStream in = ReportPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
