package no.retthylle.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark home made from the project's own Spark dependency: {@code target/spark-home/jars}
 * is filled by this module's {@code spark-home} copy-dependencies before the tests, and the
 * configuration folder is the test resource {@code spark-conf} (quiet logging).
 *
 * <p>Every process is started as {@code bin/spark-class} would start it: {@code java}, Spark's
 * own JDK 17 module flags ({@link JavaModuleOptions}), the class path {@code CONF:JARS/*}, and
 * the environment {@code SPARK_HOME}, {@code SPARK_CONF_DIR}, {@code SPARK_LOCAL_IP=127.0.0.1}
 * and {@code SPARK_SCALA_VERSION=2.13} (without it every executor dies with "Cannot find any
 * build directories").
 */
record SparkHome(Path home, Path confDir) {

    /** Heap of every daemon and of the driver: Spark's own daemon default. */
    private static final String HEAP = "-Xmx1g";

    /** The Spark home of this module's build, as Maven laid it out before the tests. */
    static SparkHome ofBuild() {
        Path home = Path.of("target", "spark-home").toAbsolutePath();
        Path conf = Path.of("target", "test-classes", "spark-conf").toAbsolutePath();
        if (!Files.isDirectory(home.resolve("jars")) || !Files.isRegularFile(conf.resolve("log4j2.properties"))) {
            throw new IllegalStateException("no Spark home at " + home + ": run the tests through Maven");
        }
        return new SparkHome(home, conf);
    }

    Path jars() {
        return home.resolve("jars");
    }

    /** A process that runs {@code mainClass} on Spark's class path, its output appended to {@code log}. */
    ProcessBuilder process(String mainClass, List<String> extraJvmFlags, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.add(HEAP);
        command.addAll(extraJvmFlags);
        command.add("-cp");
        command.add(confDir + java.io.File.pathSeparator + jars() + java.io.File.separator + "*");
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_CONF_DIR", confDir.toString());
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        return builder;
    }
}
