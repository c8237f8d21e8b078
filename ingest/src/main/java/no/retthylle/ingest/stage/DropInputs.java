package no.retthylle.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import no.retthylle.warehouse.RecordType;

/**
 * Locates each record type's input in a drop folder, by the rules on {@link DropFolder}.
 * A record sheet that is hidden stops the ingest. Excel's lock files ({@code ~$name.xlsx}) and hidden files are not workbooks. Workbooks
 * are opened read-only and in full (correctness before streaming); those that hold no
 * record sheet are closed again at once.
 */
final class DropInputs {

    private static final String CSV = ".csv";
    private static final String XLSX = ".xlsx";

    private final Path root;

    DropInputs(Path root) {
        this.root = root;
    }

    Map<RecordType, DropInput> locate(List<RecordType> types) throws IOException, DropException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(root)) {
            entries = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Map<RecordType, List<DropInput>> found = new LinkedHashMap<>();
        for (RecordType type : types) {
            found.put(type, new ArrayList<>());
            for (Path entry : entries) {
                if (fileName(entry).equalsIgnoreCase(type.name() + CSV)) {
                    found.get(type).add(new DropInput(entry, fileName(entry), null));
                }
            }
        }
        if (found.values().stream().anyMatch(List::isEmpty)) {
            try {
                addSheets(entries, found);
            } catch (DropException e) {
                closeAll(found.values().stream().flatMap(List::stream).toList());
                throw e;
            }
        }
        return chooseOne(found);
    }

    private void addSheets(List<Path> entries, Map<RecordType, List<DropInput>> found) throws DropException {
        for (Path entry : entries) {
            String name = fileName(entry);
            if (!name.toLowerCase(Locale.ROOT).endsWith(XLSX) || name.startsWith("~$") || name.startsWith(".")) {
                continue;
            }
            requireInside(root, entry, name);
            Workbook workbook = openWorkbook(entry);
            boolean used = false;
            for (Sheet sheet : workbook) {
                for (Map.Entry<RecordType, List<DropInput>> type : found.entrySet()) {
                    if (sheet.getSheetName().strip().equalsIgnoreCase(type.getKey().name())) {
                        requireVisible(workbook, sheet, name);
                        type.getValue().add(new DropInput(entry, name + "!" + sheet.getSheetName(), sheet));
                        used = true;
                    }
                }
            }
            if (!used) {
                closeQuietly(workbook);
            }
        }
    }

    private Map<RecordType, DropInput> chooseOne(Map<RecordType, List<DropInput>> found) throws DropException {
        Map<RecordType, DropInput> chosen = new LinkedHashMap<>();
        try {
            for (Map.Entry<RecordType, List<DropInput>> type : found.entrySet()) {
                String name = type.getKey().name();
                List<DropInput> inputs = type.getValue();
                if (inputs.isEmpty()) {
                    throw new DropException("the drop has no " + name + ": expected a file " + name + CSV
                            + " or a sheet named " + name + " in an .xlsx workbook");
                }
                if (inputs.size() > 1) {
                    throw new DropException(name + " is given more than once ("
                            + String.join(", ", inputs.stream().map(DropInput::label).toList()) + "); keep one");
                }
                requireInside(root, inputs.get(0).file(), inputs.get(0).label());
                chosen.put(type.getKey(), inputs.get(0));
            }
            return chosen;
        } catch (DropException e) {
            closeAll(found.values().stream().flatMap(List::stream).toList());
            throw e;
        }
    }

    /**
     * Stops on a hidden record sheet: what the analyst cannot see in Excel (an old copy, a
     * sheet with names) must not be ingested unnoticed. The workbook is closed first.
     */
    private static void requireVisible(Workbook workbook, Sheet sheet, String file) throws DropException {
        int index = workbook.getSheetIndex(sheet);
        if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
            closeQuietly(workbook);
            throw new DropException(file + "!" + sheet.getSheetName() + " is a hidden sheet; unhide it in Excel"
                    + " if it belongs to the drop, or delete it");
        }
    }

    /** Stops when {@code file} is a symbolic link whose target is outside {@code root}. */
    static void requireInside(Path root, Path file, String label) throws DropException {
        try {
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                throw new DropException(label + " is a link to a file outside the drop folder;"
                        + " copy the file into the drop folder instead");
            }
        } catch (IOException e) {
            throw new DropException("could not resolve the link " + label + ": " + e.getMessage(), e);
        }
    }

    private static Workbook openWorkbook(Path file) throws DropException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw new DropException("could not read " + fileName(file) + " as an .xlsx workbook", e);
        }
    }

    /** Closes the workbooks behind these inputs, each once. */
    static void closeAll(Collection<DropInput> inputs) {
        Set<Workbook> workbooks = new LinkedHashSet<>();
        inputs.stream().filter(i -> i.sheet() != null).forEach(i -> workbooks.add(i.sheet().getWorkbook()));
        workbooks.forEach(DropInputs::closeQuietly);
    }

    /** A read-only workbook has nothing to save, so a failing close loses nothing. */
    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
