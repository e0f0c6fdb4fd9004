package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate} goal on a real folder: what it writes, what it leaves alone, how it fails. */
class GenerateMojoTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    @TempDir
    Path base;

    MojoProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new MojoProject(base);
    }

    @Test
    void generatesOneClassPerGuidelineAndAddsTheSourceRoot() throws Exception {
        project.generate("org.example.nen").execute();

        Path pkg = project.generated().resolve("org/example/nen");
        assertTrue(Files.isRegularFile(pkg.resolve("MilanNen.java")), project.log.text());
        assertTrue(Files.isRegularFile(pkg.resolve("WhoGrading.java")), project.log.text());
        assertTrue(Files.readString(pkg.resolve("MilanNen.java")).startsWith("package org.example.nen;"));
        assertEquals(List.of(project.generated().toAbsolutePath().toString()), project.project.getCompileSourceRoots());
        assertEquals("org.example.nen.WhoGrading$MapEvaluator\norg.example.nen.MilanNen$MapEvaluator\n",
                Files.readString(project.serviceFile()), "the ServiceLoader file lists every evaluator");
        assertEquals(List.of(project.resources().toAbsolutePath().toString()),
                project.project.getResources().stream().map(r -> r.getDirectory()).toList());
        assertTrue(Files.isRegularFile(project.stamp()));
        assertTrue(project.log.text().contains("2 evaluators generated in"), project.log.text());
        assertTrue(project.log.text().contains("(3 files: 3 written, 0 unchanged)"), project.log.text());
    }

    @Test
    void secondRunRegeneratesNothing() throws Exception {
        project.generate("org.example.nen").execute();
        Map<Path, FileTime> before = ageOutputs();
        String stamp = Files.readString(project.stamp());
        project.log.clear();

        project.generate("org.example.nen").execute();

        assertEquals(before, times(), "no generated file was rewritten");
        assertEquals(stamp, Files.readString(project.stamp()));
        assertTrue(project.log.text().contains("2 guideline files unchanged since the last run; nothing regenerated"),
                project.log.text());
        assertFalse(project.log.text().contains("checked"), "the sources are not even compiled: " + project.log.text());
        assertEquals(1, project.project.getCompileSourceRoots().size(), "the source root is still added, once");
        assertEquals(1, project.project.getResources().size(), "the resource folder too");
    }

    @Test
    void touchingASourceWithoutChangingItRegeneratesNothing() throws Exception {
        project.generate(null).execute();
        Files.setLastModifiedTime(project.guides.resolve("milan_nen.guide"), FileTime.fromMillis(System.currentTimeMillis()));
        project.log.clear();

        project.generate(null).execute();

        assertTrue(project.log.text().contains("nothing regenerated"), project.log.text());
    }

    @Test
    void editingASourceRegeneratesAndRewritesOnlyWhatChanged() throws Exception {
        project.generate("org.example.nen").execute();
        Map<Path, FileTime> before = ageOutputs();
        Path milan = project.generated().resolve("org/example/nen/MilanNen.java");
        Path who = project.generated().resolve("org/example/nen/WhoGrading.java");
        String oldMilan = Files.readString(milan);
        edit("milan_nen.guide", "version 1.0.0", "version 1.0.1");
        project.log.clear();

        project.generate("org.example.nen").execute();

        assertTrue(project.log.text().contains("2 guideline files checked"), project.log.text());
        assertNotEquals(oldMilan, Files.readString(milan), "the edited guideline's class is regenerated");
        assertNotEquals(before.get(milan), Files.getLastModifiedTime(milan));
        assertEquals(before.get(who), Files.getLastModifiedTime(who), "an unchanged class keeps its timestamp");
        assertTrue(project.log.text().contains("(3 files: 1 written, 2 unchanged)"), project.log.text());

        project.log.clear();
        project.generate("org.example.nen").execute();
        assertTrue(project.log.text().contains("nothing regenerated"), "up to date again: " + project.log.text());
    }

    @Test
    void aDeletedOrEditedOutputIsWrittenAgain() throws Exception {
        project.generate(null).execute();
        List<Path> outputs = outputs();
        Files.delete(outputs.get(0));
        Files.writeString(outputs.get(1), "// edited by hand\n");
        project.log.clear();

        project.generate(null).execute();

        assertTrue(project.log.text().contains("(3 files: 2 written, 1 unchanged)"), project.log.text());
        assertTrue(Files.isRegularFile(outputs.get(0)));
        assertFalse(Files.readString(outputs.get(1)).startsWith("// edited by hand"));
    }

    @Test
    void aNewPackageRegeneratesAndRemovesTheOldClasses() throws Exception {
        project.generate("org.example.a").execute();
        project.log.clear();

        project.generate("org.example.b").execute();

        assertTrue(Files.isRegularFile(project.generated().resolve("org/example/b/MilanNen.java")));
        assertFalse(Files.exists(project.generated().resolve("org/example/a/MilanNen.java")));
        assertFalse(Files.exists(project.generated().resolve("org/example/a/WhoGrading.java")));
        assertTrue(project.log.text().contains("2 stale removed"), project.log.text());
    }

    @Test
    void aHandWrittenFileAtAPathOnceGeneratedIsKept() throws Exception {
        // outputDirectory pointed at src/main/java: generated classes sit beside hand-written ones.
        Path sources = base.resolve("src/main/java");
        GenerateMojo first = project.generate("org.example.nen");
        MojoProject.set(first, "outputDirectory", sources.toFile());
        first.execute();
        Path milan = sources.resolve("org/example/nen/MilanNen.java");
        Path who = sources.resolve("org/example/nen/WhoGrading.java");
        assertTrue(Files.isRegularFile(milan) && Files.isRegularFile(who), project.log.text());
        // The committee drops milan_nen, and a developer writes a class of that name by hand.
        Files.delete(project.guides.resolve("milan_nen.guide"));
        String handWritten = "package org.example.nen;\n\n/** Written by hand. */\npublic final class MilanNen {}\n";
        Files.writeString(milan, handWritten);
        project.log.clear();

        GenerateMojo second = project.generate("org.example.b");
        MojoProject.set(second, "outputDirectory", sources.toFile());
        second.execute();

        assertEquals(handWritten, Files.readString(milan), "a file changed since it was generated is not deleted");
        assertFalse(Files.exists(who), "a stale file that still holds what was generated is deleted");
        assertTrue(project.log.text().contains("1 stale removed"), project.log.text());
        assertTrue(project.log.text().contains("kept src/main/java/org/example/nen/MilanNen.java: an earlier run "
                + "generated it, but it has been changed since"), project.log.text());
    }

    @Test
    void aRemovedGuidelineLosesItsClass() throws Exception {
        Files.copy(project.guides.resolve("who_grading.guide"), base.resolve("who_grading.guide"));
        Files.delete(project.guides.resolve("milan_nen.guide"));
        project.generate("org.example.nen").execute();
        Files.copy(MojoProject.SKETCH.resolve("milan_nen.guide"), project.guides.resolve("milan_nen.guide"));
        project.generate("org.example.nen").execute();
        assertTrue(Files.isRegularFile(project.generated().resolve("org/example/nen/MilanNen.java")));

        Files.delete(project.guides.resolve("milan_nen.guide"));
        project.generate("org.example.nen").execute();

        assertFalse(Files.exists(project.generated().resolve("org/example/nen/MilanNen.java")));
        assertTrue(Files.isRegularFile(project.generated().resolve("org/example/nen/WhoGrading.java")));
        assertEquals("org.example.nen.WhoGrading$MapEvaluator\n", Files.readString(project.serviceFile()));
    }

    @Test
    void errorsFailTheBuildWithTheDiagnosticsOfCheck() throws Exception {
        project.generate(null).execute();
        edit("who_grading.guide", "ki67 > 20% or mitoticCount > 20", "ki67 > 20 or mitoticCount > 20");
        project.log.clear();

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> project.generate(null).execute());

        assertTrue(failure.getMessage().contains("have 1 error and 1 warning"), failure.getMessage());
        List<String> generateErrors = errors();
        assertTrue(generateErrors.get(0).startsWith("[ERROR] src/main/guide/who_grading.guide:"), generateErrors.toString());
        assertTrue(generateErrors.get(0).contains("error: `20` has no unit"), generateErrors.toString());
        assertTrue(generateErrors.get(0).contains("[GL302]"), generateErrors.toString());
        project.log.clear();
        assertThrows(MojoFailureException.class, () -> project.check().execute());
        assertEquals(generateErrors, errors(), "generate reports exactly what check reports");

        project.log.clear();
        assertThrows(MojoFailureException.class, () -> project.generate(null).execute(),
                "a failed run leaves no stamp that would call the broken sources up to date");
    }

    @Test
    void aBadPackageNameIsAConfigurationErrorThatSaysHowToFixIt() {
        MojoExecutionException error =
                assertThrows(MojoExecutionException.class, () -> project.generate("org.example.new").execute());
        assertEquals("<packageName>org.example.new</packageName> is not a Java package name: `new` is a Java keyword;"
                + " choose another word, e.g. org.example.guidelines", error.getMessage());
    }

    @Test
    void aPackageOfTheJdkIsRefused() {
        MojoExecutionException error =
                assertThrows(MojoExecutionException.class, () -> project.generate("java.lang").execute());
        assertEquals("<packageName>java.lang</packageName> is a package of the JDK: Java refuses classes of anyone else"
                + " in `java.` packages; choose your organisation's package, e.g. org.example.guidelines",
                error.getMessage());
        assertFalse(Files.exists(project.generated()), "nothing is generated");
    }

    @Test
    void aProjectWithoutGuidelinesGeneratesNothing() throws Exception {
        GenerateMojo mojo = project.generate(null);
        MojoProject.set(mojo, "sourceDirectory", base.resolve("nowhere").toFile());

        mojo.execute();

        assertTrue(project.log.text().contains("no guideline sources in"), project.log.text());
        assertFalse(Files.exists(project.generated()));
        assertTrue(project.project.getCompileSourceRoots().isEmpty());
        assertTrue(project.project.getResources().isEmpty());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = project.guides.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private List<String> errors() {
        return project.log.lines.stream().filter(l -> l.startsWith("[ERROR]")).toList();
    }

    private List<Path> outputs() throws IOException {
        try (Stream<Path> walk = Files.walk(project.generated())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Sets every generated file's time far back, so that any rewrite shows; returns the times. */
    private Map<Path, FileTime> ageOutputs() throws IOException {
        for (Path file : outputs()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        return times();
    }

    private Map<Path, FileTime> times() throws IOException {
        Map<Path, FileTime> times = new LinkedHashMap<>();
        for (Path file : outputs()) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return times;
    }
}
