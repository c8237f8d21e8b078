package no.retthylle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.retthylle.generator.GenerateJob;
import no.retthylle.generator.GenerateResult;
import no.retthylle.generator.GeneratorSettings;
import no.retthylle.generator.TrueEffect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a synthetic drop with a known true effect (no Spark). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a SYNTHETIC drop of N persons (no real persons) whose true effect of mentoring "
                + "and internships is known: see README, section 'Synthetic data'.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", required = true, paramLabel = "N", description = "Number of persons (1 … 9999999).")
    int persons;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The drop folder to write; it must not exist or be empty.")
    Path out;

    @Option(names = "--extract-date", paramLabel = "DATE", description = "extract_date of the drop (default: 2024-09-01).")
    LocalDate extractDate = GeneratorSettings.DEFAULT_EXTRACT_DATE;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        GenerateResult result;
        try {
            result = GenerateJob.run(new GeneratorSettings(persons, seed, extractDate), out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "generate  %d persons (%d trainees), %d rows as of %s -> %s (%.1f s)%n",
                persons, result.trainees(), result.totalRows(), extractDate, out, (System.nanoTime() - start) / 1e9);
        result.rows().forEach((file, rows) -> printer.printf(Locale.ROOT, "  %-14s %10d rows%n", file, rows));
        printEffect(printer, "mentor_any", result.trueEffect());
        printEffect(printer, "mentor_internship", result.trueEffectWithInternship());
        printEffect(printer, "mentor_only", result.trueEffectMentorOnly());
        return 0;
    }

    private static void printEffect(PrintWriter printer, String arm, TrueEffect effect) {
        printer.printf(Locale.ROOT, "  true effect on the treated, %-17s n = %d, risk %.4f vs %.4f without: rd = %.4f%n",
                arm, effect.n(), effect.meanRiskTreated(), effect.meanRiskUntreated(), effect.riskDifference());
    }
}
