package no.retthylle.cli;

import no.retthylle.warehouse.SoftwareVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"retthylle " + SoftwareVersion.current()};
    }
}
