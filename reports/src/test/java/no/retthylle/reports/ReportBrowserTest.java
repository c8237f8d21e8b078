package no.retthylle.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report of the fixture in headless Chromium, offline: the page logs nothing to the
 * console (no script errors, no failed loads), its figure is in the DOM as inline SVG, it loads
 * nothing from elsewhere, and a screenshot is kept as {@code target/report-screenshot.png}.
 * Skipped only when {@code /usr/bin/chromium} is absent; CI ({@code .ci/run}) installs it.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path out;
    @TempDir
    static Path profile;
    private static Path html;

    @BeforeAll
    static void writeReport() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        ReportFixture.writeMetrics(out);
        html = ReportJob.run(out, ReportSettings.defaults()).reportDirectory().resolve("report.html");
    }

    @Test
    void pageLoadsWithoutConsoleMessagesAndWithItsFigureInline() throws Exception {
        Result r = chromium("--dump-dom");
        List<String> console = r.stderr.lines().filter(l -> l.contains("CONSOLE")).toList();
        assertEquals(List.of(), console, "console messages");
        // The fixture allows seven figures, each drawn as an inline <svg> element: completion and job
        // rate by cohort, self-sufficiency, skills, comparison forest, covariate balance, intro status
        // (funnel.csv and job_attachment.csv have no cohort and arm rows; there is no time_to_job.csv).
        assertEquals(7, Pattern.compile("<svg[\\s>]").matcher(r.stdout).results().count(), "inline svg elements");
        assertTrue(r.stdout.contains("<figure id=\"job_rate_by_cohort\">"));
        // No <img> to break: every figure is inline.
        assertFalse(r.stdout.contains("<img"), "no img elements");
        // The key figures rendered: 15 spells, 70,0 % on time (7 of 10), 55,0 % with a job (11 of 20).
        // (Chromium serialises the no-break space of "70,0 %" as &nbsp;.)
        String dom = r.stdout.replace("&nbsp;", "\u00a0");
        for (String value : List.of(">15<", ">70,0\u00a0%<", ">55,0\u00a0%<")) {
            assertTrue(dom.contains(value), value);
        }
    }

    @Test
    void pageRefersToNothingOutsideItself() throws IOException {
        String page = Files.readString(html);
        assertFalse(Pattern.compile("(src|href)\\s*=").matcher(page).find(), "no src or href attributes");
        // url(#clip…) in the SVG points inside the page; any other url( would load something.
        assertFalse(page.contains("@import") || Pattern.compile("url\\((?!#)").matcher(page).find(), "no CSS loads");
    }

    @Test
    void screenshotIsKeptUnderTarget() throws Exception {
        Path shot = Path.of("target/report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Result r = chromium("--screenshot=" + shot, "--window-size=1200,3000");
        assertEquals(List.of(), r.stderr.lines().filter(l -> l.contains("CONSOLE")).toList());
        assertTrue(Files.size(shot) > 10_000, "screenshot written: " + Files.size(shot) + " bytes");
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result chromium(String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(mode));
        command.add(html.toUri().toString());
        Path stdout = Files.createTempFile(profile, "stdout", ".txt");
        Path stderr = Files.createTempFile(profile, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 180 s");
        }
        assertEquals(0, p.exitValue(), Files.readString(stderr));
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr));
    }
}
