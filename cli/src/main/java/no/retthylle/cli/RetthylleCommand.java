package no.retthylle.cli;

import picocli.CommandLine.Command;

/** The top-level command; every action is a subcommand. */
@Command(name = "retthylle", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analytics for programmes that bring refugees with higher education into relevant jobs.",
        subcommands = {RunCommand.class, IngestCommand.class, AnalyseCommand.class, ReportCommand.class,
                ValidateCommand.class, SqlCommand.class, GenerateCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 internal error."})
final class RetthylleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'run'");
    }
}
