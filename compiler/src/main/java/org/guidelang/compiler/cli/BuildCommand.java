package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.diagnostics.DiagnosticListing;
import org.guidelang.compiler.html.HtmlBackend;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.model.JavaPackage;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec build}: compiles guidelines and writes what the back ends generate. Nothing is
 * written when a guideline has errors, and a file whose bytes are unchanged is left alone.
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {"Compiles guideline files into Java evaluators and a documentation site.",
            "--java writes the Java evaluator sources, --html the site; both may be given together."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the guidelines have errors (nothing written)", "2:usage or I/O problem"})
final class BuildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders (searched for *.guide).")
    private List<Path> paths;

    @Option(names = "--java", paramLabel = "DIR", description = "Write Java evaluator sources under DIR, "
            + "with the ServiceLoader file that lists them (META-INF/services).")
    private Path javaDir;

    @Option(names = "--html", paramLabel = "DIR",
            description = "Write the HTML documentation site under DIR (index.html, one page per guideline).")
    private Path htmlDir;

    @Option(names = "--package", paramLabel = "P",
            description = "Java package for every evaluator (default: each guideline's `package` clause, else "
                    + JavaBackend.DEFAULT_PACKAGE + ").")
    private String javaPackage;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (javaDir == null && htmlDir == null) {
            err.println("guidec build: say what to build, e.g. --java target/generated-sources/guidelang"
                    + " or --html target/site");
            spec.commandLine().usage(err);
            return Guidec.USAGE;
        }
        Optional<JavaPackage.Problem> badPackage =
                javaPackage == null ? Optional.empty() : JavaPackage.problem(javaPackage);
        if (badPackage.isPresent()) {
            err.println("guidec build: --package `" + javaPackage + "` " + badPackage.get().summary() + ": "
                    + badPackage.get().reason());
            return Guidec.USAGE;
        }
        Optional<Compilation> loaded = Sources.compile(paths, err);
        if (loaded.isEmpty()) {
            return Guidec.USAGE;
        }
        Compilation compilation = loaded.get();
        DiagnosticListing.print(compilation.diagnostics(), DiagnosticListing.DEFAULT_LIMIT, out);
        if (compilation.hasErrors()) {
            out.println(CheckCommand.summary(compilation));
            out.println("guidec build: nothing written; fix the errors first");
            return Guidec.ERRORS;
        }
        // The site is generated on a second thread while the Java is: the back ends only read the
        // compilation, and on two cores this takes about a third off a build of both.
        Background<List<GeneratedFile>> site = htmlDir == null ? null : Background.start("guidec-site", () -> {
            quietVelocity();
            return HtmlBackend.generate(compilation);
        });
        int code = javaDir == null ? Guidec.OK : buildJava(compilation, out, err);
        return code == Guidec.OK && site != null ? buildHtml(site.result(), compilation, out, err) : code;
    }

    /**
     * Writes the Java sources and, beside them, the ServiceLoader file that lists the evaluators (a
     * build that compiles the folder copies it to its classes); {@code --html} gets a method of its own.
     */
    private int buildJava(Compilation compilation, PrintWriter out, PrintWriter err) {
        JavaBackend.Generated generated = JavaBackend.generate(compilation, javaPackage);
        List<GeneratedFile> files = generated.all();
        try {
            OutputFolder.Written written = new OutputFolder(javaDir).write(files);
            int sources = generated.sources().size();
            out.println("Java: " + sources + (sources == 1 ? " source" : " sources") + " and the ServiceLoader file in "
                    + javaDir + " (" + written.written() + " written, " + written.unchanged() + " unchanged)");
            for (GeneratedFile file : files) {
                out.println("  " + file.path());
            }
            return Guidec.OK;
        } catch (IOException e) {
            err.println(problem(e, compilation));
            return Guidec.USAGE;
        }
    }

    /**
     * Velocity logs through SLF4J; guidec ships no logging binding, and its notice about that
     * would only confuse a committee member reading the build's output.
     */
    private static void quietVelocity() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Writes the documentation site. */
    private int buildHtml(List<GeneratedFile> files, Compilation compilation, PrintWriter out, PrintWriter err) {
        try {
            OutputFolder.Written written = new OutputFolder(htmlDir).write(files);
            out.println("HTML: " + written.total() + " files in " + htmlDir + " (" + written.written() + " written, "
                    + written.unchanged() + " unchanged); open " + htmlDir.resolve("index.html"));
            return Guidec.OK;
        } catch (IOException e) {
            err.println(problem(e, compilation));
            return Guidec.USAGE;
        }
    }

    /** The file, why it could not be written, and for a name too long the guideline it comes from. */
    private static String problem(IOException e, Compilation compilation) {
        String said = "guidec build: " + (e instanceof CannotWrite ? e.getMessage() : "cannot write: " + IoFailure.reason(e));
        if (!(e instanceof OutputFolder.NameTooLong tooLong)) {
            return said;
        }
        String stem = squeeze(tooLong.name().replaceFirst("\\.[a-z]+$", ""));
        return compilation.guidelines().stream()
                .filter(g -> squeeze(g.id()).equals(stem))
                .findFirst()
                .map(g -> said + "\n  the name comes from guideline `" + g.id() + "` (" + g.id().length()
                        + " characters, in " + g.span().file().displayPath() + "): give it a shorter id, such that its "
                        + "file names stay within " + OutputFolder.MAX_NAME_BYTES + " bytes")
                .orElse(said + "\n  shorten the name it comes from (a package or guideline id)");
    }

    /** A name as the back ends turn it into a file name: milan_nen, MilanNen and milan-nen are one. */
    private static String squeeze(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }
}
