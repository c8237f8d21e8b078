package no.retthylle.reports.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;

/**
 * An XY chart with a footer (as {@link FootedChart}) and, optionally, a number-at-risk table
 * between the plot and the footer, or row labels left of the plot. With either, the chart is
 * moved right by the width of the labels: the risk table's numbers then stand under their times
 * on the x axis, and each row label level with its row (row i of n at y = n − i, top first; XChart
 * drops tick labels it cannot make unique, so rows are labelled here rather than by ticks).
 */
public final class FootedXYChart extends XYChart {

    private final Footer footer;
    private final List<ReferenceLine> referenceLines = new ArrayList<>();
    private final Font tableFont;
    private RiskTable riskTable;
    private List<String> rowLabels = List.of();

    FootedXYChart(int width, int height, List<String> footer, Font footerFont, Color footerColor) {
        super(width, height);
        this.footer = new Footer(footer, footerFont, footerColor);
        this.tableFont = footerFont;
    }

    /** The footer lines, top to bottom. */
    public List<String> footer() {
        return footer.lines();
    }

    /** The reference lines drawn across the plot, in the order added. */
    public List<ReferenceLine> referenceLines() {
        return List.copyOf(referenceLines);
    }

    /** The number-at-risk table, if the chart has one. */
    public Optional<RiskTable> riskTable() {
        return Optional.ofNullable(riskTable);
    }

    void setRiskTable(RiskTable table) {
        this.riskTable = table;
    }

    /** The labels of the rows, top first. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** Labels the rows at y = n, n − 1, …, 1 (top first) and hides the y axis's own ticks and title. */
    void setRowLabels(List<String> topFirst) {
        this.rowLabels = List.copyOf(topFirst);
        getStyler().setYAxisTicksVisible(false);
        getStyler().setYAxisTitleVisible(false);
        getStyler().setYAxisMin(0.5);
        getStyler().setYAxisMax(topFirst.size() + 0.5);
    }

    /** Draws a line across the plot at {@code value} of the x axis (vertical) or the y axis. */
    void addReferenceLine(double value, boolean vertical) {
        referenceLines.add(new ReferenceLine(value, vertical));
        addAnnotation(new AnnotationLine(value, vertical, false));
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int tableHeight = riskTable == null ? 0 : (riskTable.rows().size() + 1) * Footer.LINE_HEIGHT + 6;
        int strip = footer.height() + tableHeight;
        int shift = labelWidth(g);
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, 0, width, height);
        g.translate(shift, 0);
        super.paint(g, width - shift, height - strip);
        g.translate(-shift, 0);
        setWidth(width);
        setHeight(height);
        if (riskTable != null) {
            paintRiskTable(g, shift, height - strip);
        }
        paintRowLabels(g, shift);
        footer.paint(g, getStyler().getChartPadding(), height - footer.height());
    }

    /** The width the labels need left of the chart; 0 without labels. */
    private int labelWidth(Graphics2D g) {
        List<String> labels = new ArrayList<>(rowLabels);
        if (riskTable != null) {
            labels.add(riskTable.heading());
            riskTable.rows().forEach(row -> labels.add(row.label()));
        }
        if (labels.isEmpty()) {
            return 0;
        }
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, TextOutlines.width(g, label, rowFont()));
        }
        return (int) Math.ceil(widest) + getStyler().getChartPadding();
    }

    private Font rowFont() {
        return rowLabels.isEmpty() ? tableFont : getStyler().getAxisTickLabelsFont();
    }

    private void paintRowLabels(Graphics2D g, int shift) {
        g.setColor(getStyler().getAxisTickLabelsColor());
        Font font = rowFont();
        for (int i = 0; i < rowLabels.size(); i++) {
            double y = getScreenYFromChart(rowLabels.size() - i) + font.getSize2D() * 0.35;
            String label = rowLabels.get(i);
            TextOutlines.left(g, label, font, shift - TextOutlines.width(g, label, font), y);
        }
    }

    private void paintRiskTable(Graphics2D g, int shift, int top) {
        int left = getStyler().getChartPadding();
        int y = top + Footer.LINE_HEIGHT;
        g.setColor(getStyler().getChartFontColor());
        TextOutlines.left(g, riskTable.heading(), tableFont, left, y);
        for (int i = 0; i < riskTable.times().size(); i++) {
            double x = shift + getScreenXFromChart(riskTable.times().get(i));
            TextOutlines.centred(g, riskTable.timeLabels().get(i), tableFont, x, y);
        }
        for (RiskTable.Row row : riskTable.rows()) {
            y += Footer.LINE_HEIGHT;
            g.setColor(row.color());
            TextOutlines.left(g, row.label(), tableFont, left, y);
            for (int i = 0; i < riskTable.times().size(); i++) {
                double x = shift + getScreenXFromChart(riskTable.times().get(i));
                TextOutlines.centred(g, row.cells().get(i), tableFont, x, y);
            }
        }
    }
}
