package no.retthylle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.retthylle.spark.SparkSessions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The text a reader can get out of every file under an output folder, by type, for the
 * leak audit: HTML and SVG as their text nodes plus the attributes people read (title, alt,
 * aria-label, id, class, data-*), never the drawing geometry; PDF through PDFBox's text;
 * xlsx every cell as Excel shows it; a Parquet dataset (a folder holding {@code part-*.parquet})
 * as its rows through Spark; PNG not at all (pixels: the figures are drawn from what
 * figures.json and the SVG hold); Spark's checksum and marker files not at all; anything
 * else as UTF-8 text. New kinds of output are thus covered without changing the audit.
 */
final class OutputText {

    private static final Pattern STYLE = Pattern.compile("(?is)<(style|script)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(title|alt|aria-label|id|class|data-[\\w-]+)\\s*=\\s*\"([^\"]*)\"");

    private OutputText() {
    }

    /** Each file (or Parquet dataset) under {@code root}, with its text. */
    static Map<Path, String> of(Path root) throws IOException {
        Map<Path, String> texts = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".parquet")) {
                texts.putIfAbsent(file.getParent(), parquet(file.getParent()));
            } else if (!name.endsWith(".crc") && !name.equals("_success") && !name.endsWith(".png")) {
                texts.put(file, text(file, name));
            }
        }
        return texts;
    }

    private static String text(Path file, String name) throws IOException {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".svg")) {
            return markup(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (name.endsWith(".xlsx")) {
            return workbook(file);
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** Text nodes and read attributes; tags, styles and geometry dropped. */
    static String markup(String source) {
        String noStyle = STYLE.matcher(source).replaceAll(" ");
        StringBuilder text = new StringBuilder();
        Matcher attributes = READ_ATTRIBUTE.matcher(noStyle);
        while (attributes.find()) {
            text.append(attributes.group(2)).append('\n');
        }
        text.append(TAG.matcher(noStyle).replaceAll(" "));
        return text.toString();
    }

    private static String workbook(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String parquet(Path dataset) {
        StringBuilder text = new StringBuilder();
        SparkSessions.forTests().read().parquet(dataset.toString()).collectAsList()
                .forEach(row -> text.append(row.mkString("\t")).append('\n'));
        return text.toString();
    }
}
