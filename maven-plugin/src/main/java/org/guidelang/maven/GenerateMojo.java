package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.java.JavaNames;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.output.OutputFolder;
import org.guidelang.compiler.source.SourceFile;

/**
 * Compiles the project's guideline sources into Java evaluator classes, one per guideline, and
 * adds them to the project's compile sources. Fails the build with the diagnostics of
 * {@code guidec check}. Incremental: when no source, setting or plugin changed since the last
 * successful run, and its outputs are untouched, nothing is regenerated.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** Where the {@code *.guide} files are; every {@code *.guide} file below it is compiled. */
    @Parameter(property = "guidelang.sourceDirectory", defaultValue = "${project.basedir}/src/main/guide",
            required = true)
    private File sourceDirectory;

    /** Where the generated Java sources go; added to the project's compile source roots. */
    @Parameter(property = "guidelang.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/guidelang", required = true)
    private File outputDirectory;

    /**
     * The Java package of every generated class, such as {@code org.example.nen}. Unset, each
     * guideline's classes go into the package the Java back end chooses for it.
     */
    @Parameter(property = "guidelang.packageName")
    private String packageName;

    /** Fail the build on warnings too, as {@code guidec check --werror} does. */
    @Parameter(property = "guidelang.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip generation (the output folder is still added as a source root if it exists). */
    @Parameter(property = "guidelang.skip", defaultValue = "false")
    private boolean skip;

    /** The record of the last successful run, read to decide whether anything changed. */
    @Parameter(defaultValue = "${project.build.directory}/guidelang-generate.stamp", required = true)
    private File stampFile;

    /** The project's base directory; diagnostics and the stamp name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** This plugin's version, part of the stamp: another version may generate other code. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    /** The project whose compile source roots receive the output folder. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("GuideLang: generation skipped (guidelang.skip)");
            addSourceRoot();
            return;
        }
        GuideSources sources = new GuideSources(sourceDirectory, baseDirectory, getLog());
        if (!sources.exist()) {
            getLog().info("GuideLang: no guideline sources in " + sourceDirectory + "; nothing to generate");
            return;
        }
        String pkg = blankToNull(packageName);
        if (pkg != null && !JavaNames.isPackageName(pkg)) {
            throw new MojoExecutionException("<packageName>" + pkg + "</packageName> is not a Java package"
                    + " name: write dot-separated Java identifiers that are not keywords, such as org.example.nen");
        }
        try {
            GuideSources.Loaded loaded = sources.load();
            GenerationStamp current = stampOf(loaded.files(), pkg);
            Optional<GenerationStamp> previous = GenerationStamp.read(stampFile.toPath());
            Path output = outputDirectory.toPath();
            if (previous.isPresent() && loaded.diagnostics().sorted().isEmpty() && previous.get().sameInputs(current)
                    && previous.get().changedOutputs(output).isEmpty()) {
                getLog().info("GuideLang: " + GuideSources.plural(loaded.files().size(), "guideline file")
                        + " unchanged since the last run; nothing regenerated in " + outputDirectory);
                addSourceRoot();
                return;
            }
            Compilation compilation = sources.compile(loaded, failOnWarning);
            List<GeneratedFile> files = JavaBackend.generate(compilation, pkg);
            OutputFolder.Written written = new OutputFolder(output).write(files);
            int removed = removeStale(previous, files, output);
            GenerationStamp done = withOutputs(current, files);
            done.write(stampFile.toPath());
            getLog().info("GuideLang: " + GuideSources.plural(files.size(), "Java file") + " generated in "
                    + outputDirectory + " (" + written.written() + " written, " + written.unchanged() + " unchanged"
                    + (removed > 0 ? ", " + removed + " stale removed" : "") + ")");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the generated sources in " + outputDirectory + ": " + e, e);
        }
        addSourceRoot();
    }

    private void addSourceRoot() {
        if (skip && !outputDirectory.isDirectory()) {
            return;
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    /** This run's inputs: the generator, the settings that shape the output, and every source's hash. */
    private GenerationStamp stampOf(List<SourceFile> files, String pkg) throws IOException {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("packageName", pkg == null ? "" : pkg);
        settings.put("outputDirectory", relative(outputDirectory.toPath()));
        settings.put("failOnWarning", Boolean.toString(failOnWarning));
        SortedMap<String, String> hashes = new TreeMap<>();
        for (SourceFile file : files) {
            hashes.put(file.displayPath().replace(File.separatorChar, '/'), GenerationStamp.sha256(file.text()));
        }
        return new GenerationStamp(GenerationStamp.generator(pluginVersion, JavaBackend.class), settings, hashes,
                new TreeMap<>());
    }

    private static GenerationStamp withOutputs(GenerationStamp inputs, List<GeneratedFile> files) {
        SortedMap<String, String> outputs = new TreeMap<>();
        for (GeneratedFile file : files) {
            outputs.put(file.path(), GenerationStamp.sha256(file.content()));
        }
        return new GenerationStamp(inputs.generator(), inputs.settings(), inputs.sources(), outputs);
    }

    /** Deletes files the previous run generated that this run did not (a guideline removed or renamed). */
    private static int removeStale(Optional<GenerationStamp> previous, List<GeneratedFile> files, Path output)
            throws IOException {
        if (previous.isEmpty()) {
            return 0;
        }
        List<String> now = files.stream().map(GeneratedFile::path).toList();
        Path root = output.toAbsolutePath().normalize();
        int removed = 0;
        for (String path : previous.get().outputs().keySet()) {
            Path stale = root.resolve(path).normalize();
            // Only files below the output folder: the stamp is a file in target/ that anyone may edit.
            if (!now.contains(path) && stale.startsWith(root) && Files.deleteIfExists(stale)) {
                removed++;
            }
        }
        return removed;
    }

    private String relative(Path path) {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace(File.separatorChar, '/');
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
