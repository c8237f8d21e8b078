package no.retthylle.reports.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.retthylle.reports.disclosure.Cell;

/** Collects, while a figure is built, the numbers it draws and the names of what it leaves out. */
final class DrawnNumbers {

    /** The cell's value when it may be drawn, else NaN (XChart leaves NaN out). */
    static double drawn(Cell cell) {
        return cell.isShown() ? cell.value() : Double.NaN;
    }

    private final List<Map<String, Object>> data = new ArrayList<>();
    private final List<String> notShown = new ArrayList<>();

    /** One drawn point: alternating names (String) and values (String or Double), kept in order. */
    DrawnNumbers add(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> point = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            point.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        data.add(Collections.unmodifiableMap(point));
        return this;
    }

    /** A point or bar not drawn, by name only. */
    void hide(String name) {
        notShown.add(name);
    }

    List<Map<String, Object>> data() {
        return List.copyOf(data);
    }

    List<String> notShown() {
        return List.copyOf(notShown);
    }
}
