package org.guidelang.maven;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.project.MavenProject;

/**
 * A throw-away Maven project folder with the reference sketch guidelines in {@code
 * src/main/guide}, and mojos configured for it the way Maven injects their parameters.
 */
final class MojoProject {
    static final Path SKETCH = Path.of(System.getProperty("guidelang.repo", ".."), "compiler/src/test/resources/sketch");

    final Path base;
    final Path guides;
    final Path target;
    final MavenProject project = new MavenProject();
    final RecordingLog log = new RecordingLog();

    MojoProject(Path base) throws IOException {
        this.base = base;
        this.guides = base.resolve("src/main/guide");
        this.target = base.resolve("target");
        Files.createDirectories(guides);
        try (Stream<Path> sketch = Files.list(SKETCH)) {
            for (Path file : sketch.filter(p -> p.toString().endsWith(".guide")).sorted().toList()) {
                Files.copy(file, guides.resolve(file.getFileName()));
            }
        }
    }

    Path generated() {
        return target.resolve("generated-sources/guidelang");
    }

    Path resources() {
        return target.resolve("generated-resources/guidelang");
    }

    Path serviceFile() {
        return resources().resolve("META-INF/services/org.guidelang.runtime.GuidelineEvaluator");
    }

    Path stamp() {
        return target.resolve("guidelang-generate.stamp");
    }

    /** A {@code generate} mojo with the defaults of its descriptor and {@code packageName}. */
    GenerateMojo generate(String packageName) {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "sourceDirectory", guides.toFile());
        set(mojo, "outputDirectory", generated().toFile());
        set(mojo, "resourceDirectory", resources().toFile());
        set(mojo, "packageName", packageName);
        set(mojo, "stampFile", stamp().toFile());
        set(mojo, "baseDirectory", base.toFile());
        set(mojo, "pluginVersion", "0.1.0-SNAPSHOT");
        set(mojo, "project", project);
        mojo.setLog(log);
        return mojo;
    }

    CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        set(mojo, "sourceDirectory", guides.toFile());
        set(mojo, "baseDirectory", base.toFile());
        mojo.setLog(log);
        return mojo;
    }

    Path reports() {
        return target.resolve("surefire-reports");
    }

    /** A {@code test} mojo with the defaults of its descriptor. */
    TestMojo test() {
        TestMojo mojo = new TestMojo();
        set(mojo, "sourceDirectory", guides.toFile());
        set(mojo, "baseDirectory", base.toFile());
        set(mojo, "reportsDirectory", reports().toFile());
        mojo.setLog(log);
        return mojo;
    }

    static void set(AbstractMojo mojo, String name, Object value) {
        try {
            Field field = mojo.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(mojo, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the mojo has no parameter field " + name, e);
        }
    }
}
