package no.retthylle.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of retthylle that wrote a snapshot or a report, from the build (Maven project version). */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    /** The project version, e.g. {@code 0.1.0}. */
    public static String current() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("/retthylle/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
