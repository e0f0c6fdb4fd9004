package org.guidelang.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.model.JavaPackage;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.source.SourceFile;

/**
 * Compiles the project's guideline sources into Java evaluator classes, one per guideline, and
 * adds them to the project's compile sources, with the {@code META-INF/services} file that lets
 * {@code GuidelineCatalog.discover} find them by guideline id. Fails the build with the diagnostics of
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

    /**
     * Where the generated resources go (the {@code META-INF/services} file through which {@code
     * GuidelineCatalog.discover} finds the evaluators); added to the project's resources.
     */
    @Parameter(property = "guidelang.resourceDirectory",
            defaultValue = "${project.build.directory}/generated-resources/guidelang", required = true)
    private File resourceDirectory;

    /** Fail the build on warnings too, as {@code guidec check --werror} does. */
    @Parameter(property = "guidelang.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip generation (output folders that exist are still added to the project). */
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

    /** The project whose compile source roots and resources receive the output folders. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("GuideLang: generation skipped (guidelang.skip)");
            addRoots(true);
            return;
        }
        GuideSources sources = new GuideSources(sourceDirectory, baseDirectory, getLog());
        if (!sources.exist()) {
            getLog().info("GuideLang: no guideline sources in " + sourceDirectory + "; nothing to generate");
            return;
        }
        String pkg = blankToNull(packageName);
        Optional<JavaPackage.Problem> badPackage = pkg == null ? Optional.empty() : JavaPackage.problem(pkg);
        if (badPackage.isPresent()) {
            throw new MojoExecutionException("<packageName>" + pkg + "</packageName> " + badPackage.get().summary()
                    + ": " + badPackage.get().reason());
        }
        OutputRoots roots = new OutputRoots(baseDirectory.toPath(), outputDirectory.toPath(), resourceDirectory.toPath());
        try {
            GuideSources.Loaded loaded = sources.load();
            GenerationStamp current = stampOf(loaded.files(), pkg, roots);
            Optional<GenerationStamp> previous = GenerationStamp.read(stampFile.toPath());
            if (previous.isPresent() && loaded.diagnostics().sorted().isEmpty() && previous.get().sameInputs(current)
                    && previous.get().changedOutputs(roots.base()).isEmpty()) {
                getLog().info("GuideLang: " + GuideSources.plural(loaded.files().size(), "guideline file")
                        + " unchanged since the last run; nothing regenerated in " + outputDirectory);
                addRoots(false);
                return;
            }
            Compilation compilation = sources.compile(loaded, failOnWarning);
            JavaBackend.Generated generated = JavaBackend.generate(compilation, pkg);
            List<GeneratedFile> javaFiles = generated.sources();
            List<GeneratedFile> resourceFiles = generated.resources();
            OutputRoots.Written written = roots.write(javaFiles, resourceFiles);
            SortedMap<String, String> outputs = roots.hashes(javaFiles, resourceFiles);
            OutputRoots.Removal removal = roots.removeStale(
                    previous.<Map<String, String>>map(GenerationStamp::outputs).orElse(Map.of()), outputs.keySet());
            for (String kept : removal.kept()) {
                getLog().warn("GuideLang: kept " + kept + ": an earlier run generated it, but it has been changed"
                        + " since; delete it yourself if it is no longer wanted");
            }
            int removed = removal.removed();
            new GenerationStamp(current.generator(), current.settings(), current.sources(), outputs)
                    .write(stampFile.toPath());
            getLog().info("GuideLang: " + GuideSources.plural(javaFiles.size(), "evaluator") + " generated in "
                    + outputDirectory + " (" + GuideSources.plural(written.total(), "file") + ": " + written.written()
                    + " written, " + written.unchanged() + " unchanged"
                    + (removed > 0 ? ", " + removed + " stale removed" : "") + ")");
        } catch (CannotWrite e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the generated files in " + outputDirectory + " and "
                    + resourceDirectory + ": " + IoFailure.reason(e), e);
        }
        addRoots(false);
    }

    /** Makes the generated sources compiled and the ServiceLoader file packaged with the project's own. */
    private void addRoots(boolean onlyExisting) {
        if (!onlyExisting || outputDirectory.isDirectory()) {
            project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        }
        if (!onlyExisting || resourceDirectory.isDirectory()) {
            String directory = resourceDirectory.getAbsolutePath();
            if (project.getResources().stream().noneMatch(r -> directory.equals(r.getDirectory()))) {
                Resource resource = new Resource();
                resource.setDirectory(directory);
                project.addResource(resource);
            }
        }
    }

    /** This run's inputs: the generator, the settings that shape the output, and every source's hash. */
    private GenerationStamp stampOf(List<SourceFile> files, String pkg, OutputRoots roots) throws IOException {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("packageName", pkg == null ? "" : pkg);
        settings.put("outputDirectory", roots.name(roots.sources()));
        settings.put("resourceDirectory", roots.name(roots.resources()));
        settings.put("failOnWarning", Boolean.toString(failOnWarning));
        SortedMap<String, String> hashes = new TreeMap<>();
        for (SourceFile file : files) {
            hashes.put(file.displayPath().replace(File.separatorChar, '/'), GenerationStamp.sha256(file.text()));
        }
        return new GenerationStamp(GenerationStamp.generator(pluginVersion, JavaBackend.class), settings, hashes,
                new TreeMap<>());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
