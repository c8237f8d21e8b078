package no.retthylle.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import no.retthylle.analysis.AnalysisJob;
import no.retthylle.cli.Main;
import no.retthylle.ingest.IngestJob;
import no.retthylle.generator.GenerateJob;
import no.retthylle.reports.ReportJob;

/**
 * What {@code spark-submit} is given: the application jar (the {@code cli} module, holding
 * {@link Main}) and the jars shipped with {@code --jars}: the other four modules and every
 * dependency that is not Spark's own ({@code target/submit-jars}, copied by Maven before the
 * tests).
 *
 * <p>In a reactor {@code mvn test} the {@code package} phase has not run, so a module is a
 * {@code target/classes} folder: it is jarred here. A module that Maven resolved as a jar is
 * used as it is.
 */
record ApplicationJars(Path application, List<Path> shipped) {

    /** The application jar and the shipped jars, any module jars written into {@code dir}. */
    static ApplicationJars build(Path dir) throws IOException {
        Path application = jarOf(Main.class, dir);
        List<Path> shipped = new ArrayList<>();
        for (Class<?> module : List.of(IngestJob.class, AnalysisJob.class, ReportJob.class, GenerateJob.class)) {
            shipped.add(jarOf(module, dir));
        }
        try (Stream<Path> jars = Files.list(Path.of("target", "submit-jars").toAbsolutePath())) {
            jars.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(shipped::add);
        }
        return new ApplicationJars(application, List.copyOf(shipped));
    }

    /** The shipped jars as {@code --jars} takes them: comma-separated. */
    String jarsOption() {
        return String.join(",", shipped.stream().map(Path::toString).toList());
    }

    private static Path jarOf(Class<?> moduleClass, Path dir) throws IOException {
        Path location;
        try {
            location = Path.of(moduleClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the classes of " + moduleClass.getName(), e);
        }
        if (Files.isRegularFile(location)) {
            return location;
        }
        // target/classes of module M: M/target/classes -> M.jar
        Path jar = dir.resolve(location.getParent().getParent().getFileName() + ".jar");
        writeJar(location, jar);
        return jar;
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> tree = Files.walk(classes)) {
            for (Path entry : tree.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
    }
}
