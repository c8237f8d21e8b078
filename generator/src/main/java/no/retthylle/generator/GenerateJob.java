package no.retthylle.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.retthylle.files.AtomicDirectory;
import no.retthylle.warehouse.RecordType;
import no.retthylle.warehouse.RecordTypes;

/**
 * Writes a synthetic drop: {@code NAME.csv} for the six record types and
 * {@code drop.properties} (the extract date; {@code source} says SYNTHETIC and names the
 * seed and the number of persons; {@code synthetic.*} keys give the model's true effect).
 *
 * <p>Persons are simulated one at a time and their rows written at once through buffered
 * writers, so memory does not grow with the number of persons. The folder is written
 * beside the target and renamed into place when complete ({@link AtomicDirectory}); the
 * target must not exist or be an empty folder, so nothing is ever overwritten.
 */
public final class GenerateJob {

    static final String PROPERTIES = "drop.properties";
    private static final int BUFFER_CHARS = 1 << 16;

    private GenerateJob() {
    }

    /**
     * Generates {@code settings.persons()} persons into {@code out}.
     *
     * @throws IllegalArgumentException when {@code out} exists and is not an empty folder
     */
    public static GenerateResult run(GeneratorSettings settings, Path out) throws Exception {
        requireFresh(out);
        PersonSimulator simulator = new PersonSimulator(settings);
        Map<String, Long> rows = new LinkedHashMap<>();
        AtomicDirectory.replace(out, dir -> {
            Map<RecordType, Writer> writers = new LinkedHashMap<>();
            try {
                for (RecordType type : RecordTypes.ALL) {
                    writers.put(type, new BufferedWriter(new OutputStreamWriter(
                            Files.newOutputStream(dir.resolve(type.name() + ".csv")), StandardCharsets.UTF_8),
                            BUFFER_CHARS));
                }
                CsvRows csv = new CsvRows(writers);
                RowSink sink = new Extract(settings.extractDate(), csv);
                for (int i = 0; i < settings.persons(); i++) {
                    simulator.simulate(i, sink);
                }
                RecordTypes.ALL.forEach(type -> rows.put(type.name(), csv.rows(type)));
            } finally {
                for (Writer writer : writers.values()) {
                    writer.close();
                }
            }
            Files.writeString(dir.resolve(PROPERTIES), properties(settings, simulator), StandardCharsets.UTF_8);
        });
        return new GenerateResult(out, rows, simulator.trainees(), simulator.trueEffect(),
                simulator.trueEffectWithInternship(), simulator.trueEffectMentorOnly());
    }

    private static void requireFresh(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " exists and is not a folder");
        }
        try (var entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(out + " is not empty: give a new or empty folder");
            }
        }
    }

    private static String properties(GeneratorSettings settings, PersonSimulator simulator) {
        TrueEffect effect = simulator.trueEffect();
        return "# SYNTHETIC drop written by 'retthylle generate': no real persons.\n"
                + "# The model, and the true effect below, are described in README.md, section \"Synthetic data\".\n"
                + "extract_date=" + settings.extractDate() + "\n"
                + "source=SYNTHETIC data from retthylle generate, seed " + settings.seed() + ", "
                + settings.persons() + " persons; no real persons\n"
                + "synthetic.seed=" + settings.seed() + "\n"
                + "synthetic.persons=" + settings.persons() + "\n"
                + "synthetic.true_effect.n_treated=" + effect.n() + "\n"
                + "synthetic.true_effect.risk_treated=" + decimal(effect.meanRiskTreated()) + "\n"
                + "synthetic.true_effect.risk_untreated=" + decimal(effect.meanRiskUntreated()) + "\n"
                + "synthetic.true_effect.rd=" + decimal(effect.riskDifference()) + "\n";
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
