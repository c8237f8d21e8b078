package no.retthylle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report}: the metric tables in {@code OUT/metrics} become the report in {@code OUT/report}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the effect report, figures and workbook from OUT/metrics into OUT/report.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The output folder.")
    Path out;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Mixin
    ReportOptionsMixin reportOptions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new Stages(spec.commandLine().getOut()).report(out, reportOptions.settings());
        spec.commandLine().getOut().println("The report is " + out.resolve(Stages.REPORT).resolve("report.html"));
        return 0;
    }
}
