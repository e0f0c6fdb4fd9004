package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The downstream project of docs/maven-plugin.md and docs/java.md, built as a user builds it:
 * the marked blocks are written, exactly as they are, into a fresh folder with two NEN
 * guidelines, and a separate {@code mvn verify} builds it against this plugin, installed by the
 * invoker plugin into {@code target/local-repo}. Then each documented program is run and its
 * output compared with the page, and a wrong {@code expect} must fail that build.
 *
 * <p>Needs the packaged plugin, so Failsafe runs it in {@code integration-test}; the nested
 * builds run offline, reading third-party artifacts from the user's local repository as a
 * {@code file:} repository: the documented pom pins the plugins this build uses, so they are there.
 * Central stays listed after it, for the online retry.
 */
class DocsProjectIT {
    private static final Path REPO = Path.of(System.getProperty("guidelang.repo", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("guidelang.it.work", "target/docs-project"));
    private static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("guidelang.it.localRepository",
            "target/local-repo")).toAbsolutePath();
    private static final String VERSION = System.getProperty("guidelang.version", "0.1.0-SNAPSHOT");
    private static final List<String> GUIDELINES = List.of("who_grading.guide", "milan_nen.guide");

    /** The example the page breaks to show a failure: its title, what it expects, and the wrong expectation. */
    private static final String BROKEN_TITLE = "age 59 is below the limit";

    @Test
    void theDocumentedProjectBuildsRunsAndIsGatedByItsExamples() throws Exception {
        List<DocBlocks> pages = new ArrayList<>();
        for (Path page : DocBlocksTest.PAGES) {
            pages.add(DocBlocks.read(page));
        }
        Path project = writeProject(pages);
        Path settings = writeSettings();

        Build passing = maven(project, settings, "passing");
        assertEquals(0, passing.exit(), "the documented project builds: see " + passing.log());
        assertTrue(passing.output().contains("BUILD SUCCESS"), passing.output());
        assertTrue(passing.output().contains(", 0 failed"), passing.output());
        assertLogHas(pages, "success", passing);
        Path report = project.resolve("target/surefire-reports/TEST-guidelang-milan_nen.xml");
        assertTrue(Files.readString(report).contains("failures=\"0\""), "a report CI servers read: " + report);

        for (DocBlocks page : pages) {
            for (DocBlocks.Block output : page.marked("output")) {
                assertEquals(output.text(), run(project, output.name()),
                        "what " + output.name() + " prints, as " + output.where() + " says");
            }
        }

        breakExample(project.resolve("src/main/guide/milan_nen.guide"));
        Build failing = maven(project, settings, "failing");
        assertNotEquals(0, failing.exit(), "a wrong expect fails the build: see " + failing.log());
        assertTrue(failing.output().contains("BUILD FAILURE"), failing.output());
        assertLogHas(pages, "failure", failing);
        assertTrue(Files.readString(report).contains("failures=\"1\""), Files.readString(report));
    }

    /** Writes every {@code downstream file} block, and copies the guidelines the page names. */
    private static Path writeProject(List<DocBlocks> pages) throws IOException {
        deleteRecursively(WORK);
        Path project = WORK.resolve("transplant-screening");
        for (DocBlocks page : pages) {
            for (DocBlocks.Block block : page.marked("file")) {
                Path file = project.resolve(block.name()).normalize();
                assertTrue(file.startsWith(project) && !Files.exists(file), "one block per file: " + block.where());
                Files.createDirectories(file.getParent());
                Files.writeString(file, block.text());
            }
        }
        for (String guideline : GUIDELINES) {
            Path target = project.resolve("src/main/guide").resolve(guideline);
            Files.createDirectories(target.getParent());
            Files.copy(REPO.resolve("guidelines/src/main/guide").resolve(guideline), target);
        }
        return project;
    }

    /** The user's local repository as a {@code file:} repository, checksums ignored (a local repository keeps none). */
    private static Path writeSettings() throws IOException {
        String url = Path.of(System.getProperty("guidelang.it.userRepository",
                System.getProperty("user.home") + "/.m2/repository")).toUri().toString();
        String repository = "<id>user-local</id><url>" + url + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots>";
        String settings = "<settings><profiles><profile><id>user-local</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>user-local</activeProfile></activeProfiles>"
                + "</settings>\n";
        Path file = WORK.resolve("settings.xml");
        Files.writeString(file, settings);
        return file;
    }

    /** A build's exit code, its output, and the file holding that output. */
    private record Build(int exit, String output, Path log) {}

    /**
     * Runs {@code mvn verify} offline, so that it needs no network (file: repositories stay
     * allowed). A user repository that lacks something the project needs (a machine whose
     * repository holds only what this build downloaded) gets one online try that fetches it.
     */
    private static Build maven(Path project, Path settings, String name) throws Exception {
        Build offline = maven(project, settings, name, true);
        return offline.exit() != 0 && offline.output().contains("in offline mode")
                ? maven(project, settings, name + "-online", false)
                : offline;
    }

    private static Build maven(Path project, Path settings, String name, boolean offline) throws Exception {
        Path mavenHome = Path.of(System.getProperty("maven.home"));
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B",
                "-s", settings.toString(), "-Dmaven.repo.local=" + LOCAL_REPOSITORY, "verify"));
        if (offline) {
            command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
        }
        Path log = WORK.resolve("build-" + name + ".log");
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn verify of the documented project took over 5 minutes: see " + log);
        }
        return new Build(process.exitValue(), Files.readString(log), log);
    }

    /** Runs a documented program on the built project's class path and returns what it prints. */
    private static String run(Path project, String mainClass) throws Exception {
        Path runtime = LOCAL_REPOSITORY.resolve("org/guidelang/guidelang-runtime/" + VERSION
                + "/guidelang-runtime-" + VERSION + ".jar");
        String classPath = project.resolve("target/classes") + File.pathSeparator + runtime;
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, mainClass)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES), mainClass + " did not end");
        assertEquals(0, process.exitValue(), mainClass + " failed: " + output);
        return output;
    }

    /** Every line of the page's {@code downstream log} block of that name is in the build's output. */
    private static void assertLogHas(List<DocBlocks> pages, String name, Build build) {
        List<DocBlocks.Block> blocks = pages.stream()
                .flatMap(page -> page.marked("log").stream())
                .filter(block -> block.name().equals(name))
                .toList();
        assertEquals(1, blocks.size(), "one log block named " + name);
        for (String line : blocks.get(0).text().split("\n")) {
            assertTrue(build.output().contains(line), "the log of " + blocks.get(0).where() + " has \"" + line
                    + "\"; the build's (" + build.log() + ") does not");
        }
    }

    /** Makes the page's example expect ELIGIBLE_RELATIVE_EXCEPTION where the guideline says ELIGIBLE. */
    private static void breakExample(Path guideline) throws IOException {
        String text = Files.readString(guideline);
        int start = text.indexOf("example \"" + BROKEN_TITLE + "\"");
        String expectation = "expect eligibility = ELIGIBLE\n";
        int expect = text.indexOf(expectation, start);
        assertTrue(start > 0 && expect > start, "milan_nen still has the example \"" + BROKEN_TITLE + "\"");
        Files.writeString(guideline, text.substring(0, expect) + "expect eligibility = ELIGIBLE_RELATIVE_EXCEPTION\n"
                + text.substring(expect + expectation.length()));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
