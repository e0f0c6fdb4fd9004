package org.guidelang.compiler.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.GuidelineEvaluator;

/**
 * A guideline's generated evaluator, compiled by the JDK's compiler in this process and loaded,
 * for {@code batch} at registry scale: the generated code decides many times faster than the
 * interpreter, and agrees with it on every patient (DifferentialTest). Compiling takes about a
 * second, so it pays for large cohorts only.
 */
final class CompiledEvaluator {
    /** A package of its own, whatever the guidelines' own packages: nothing on the class path lives there. */
    private static final String PACKAGE = "org.guidelang.batch.compiled";

    private CompiledEvaluator() {}

    /** Why there is no compiled evaluator: no compiler in this Java runtime, or a failure (a bug). */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The evaluator of {@code guideline}, compiled with the guidelines it imports, all checked in
     * {@code compilation}; its class files are taken from {@code cache} when it holds them, and
     * kept there when compiled (null: no cache).
     */
    static GuidelineEvaluator of(Compilation compilation, CheckedGuideline guideline, EvaluatorCache cache)
            throws Unavailable {
        List<CheckedGuideline> needed = new ArrayList<>(withImports(guideline, new LinkedHashSet<>()));
        String runtime = runtimeClassPath();
        List<String> options = options(runtime);
        Map<String, SourceFile> files = new TreeMap<>();
        needed.forEach(g -> files.put(g.id(), g.span().file()));
        String key = cache == null ? null : EvaluatorCache.key(keyFields(files, options, runtime));
        if (cache != null) {
            Optional<EvaluatorCache.Kept> kept = cache.read(key);
            if (kept.isPresent()) {
                try {
                    return load(kept.get());
                } catch (Unavailable e) {
                    // A kept entry that does not load (it cannot, unless altered to match its checksum): compile.
                }
            }
        }
        Map<String, GuidelineAnalysis> analyses = new LinkedHashMap<>();
        needed.forEach(g -> analyses.put(g.id(), compilation.analysis(g.id())));
        List<GeneratedFile> sources = JavaBackend.generate(
                new Compilation(List.of(), needed, analyses, List.of(), List.of(), List.of()), PACKAGE).sources();
        // JavaBackend gives one file per guideline, in the compilation's order: the last is the guideline itself.
        String path = sources.get(sources.size() - 1).path();
        String type = path.substring(0, path.length() - ".java".length()).replace('/', '.');
        EvaluatorCache.Kept compiled = new EvaluatorCache.Kept(type, compile(sources, options));
        GuidelineEvaluator evaluator = load(compiled);
        if (cache != null) {
            cache.write(key, compiled);
        }
        return evaluator;
    }

    /**
     * The evaluator kept in {@code cache} for the guidelines of {@code files} (by id: a guideline
     * and all it imports), found without parsing, checking or compiling anything; empty when there
     * is none. An entry is written only after its guideline and imports checked clean, and
     * checking is a function of the same texts and the same guidec (both in the key), so a hit
     * stands for a clean check: a guideline with errors never gets here.
     */
    static Optional<GuidelineEvaluator> kept(Map<String, SourceFile> files, EvaluatorCache cache) {
        try {
            String runtime = runtimeClassPath();
            List<String> options = options(runtime);
            Optional<EvaluatorCache.Kept> kept = cache.read(EvaluatorCache.key(keyFields(new TreeMap<>(files), options,
                    runtime)));
            return kept.isEmpty() ? Optional.empty() : Optional.of(load(kept.get()));
        } catch (Unavailable e) {
            return Optional.empty(); // compiled afresh, where a failure is reported
        }
    }

    /**
     * What the classes of the guidelines of {@code files} (by id, in id order) depend on: each
     * guideline's file and text, guidec's own classes (the generator) and the runtime's (compiled
     * against), the package and javac's options.
     */
    private static List<String> keyFields(Map<String, SourceFile> files, List<String> options, String runtime)
            throws Unavailable {
        List<String> fields = new ArrayList<>();
        files.forEach((id, file) -> {
            fields.add(id);
            fields.add(file.displayPath());
            fields.add(file.text());
        });
        fields.add(stamp(runtime));
        fields.add(stamp(location(CompiledEvaluator.class)));
        fields.add(PACKAGE);
        fields.addAll(options);
        return fields;
    }

    /**
     * javac's options: no annotation processing, nothing but the given sources, against guidec's
     * runtime; and string concatenation as StringBuilder calls, not invokedynamic, whose first run
     * spins a dozen method-handle classes (tens of milliseconds) in every run that loads the classes.
     */
    private static List<String> options(String runtime) {
        return List.of("-proc:none", "-implicit:none", "-nowarn", "-XDstringConcat=inline", "-classpath", runtime);
    }

    /** The evaluator class {@code type}, loaded from {@code classes} by a loader of its own. */
    private static GuidelineEvaluator load(EvaluatorCache.Kept kept) throws Unavailable {
        Map<String, byte[]> classes = kept.classes();
        ClassLoader loader = new ClassLoader(CompiledEvaluator.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] code = classes.get(name);
                if (code == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, code, 0, code.length);
            }
        };
        try {
            return (GuidelineEvaluator) loader.loadClass(kept.type()).getMethod("evaluator").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new Unavailable("the generated evaluator did not load: " + e, e);
        }
    }

    /** The guideline after every guideline it imports, each once: the order a compilation has. */
    private static Set<CheckedGuideline> withImports(CheckedGuideline guideline, Set<CheckedGuideline> into) {
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            withImports(imported.guideline(), into);
        }
        into.add(guideline);
        return into;
    }

    private static Map<String, byte[]> compile(List<GeneratedFile> files, List<String> options) throws Unavailable {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new Unavailable("this Java runtime has no Java compiler (a JRE, not a JDK)", null);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
        ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        outputs.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(new SimpleJavaFileObject(URI.create("mem:///" + file.path()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return file.content();
                }
            });
        }
        if (!javac.getTask(null, manager, diagnostics, options, null, sources).call()) {
            throw new Unavailable("javac refused the generated evaluator: " + diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR).findFirst()
                    .map(d -> d.getMessage(Locale.ROOT)).orElse("no message"), null);
        }
        Map<String, byte[]> classes = new HashMap<>();
        outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    /** A class path entry with its size and time (a folder's newest file): a rebuilt guidec gives another stamp. */
    private static String stamp(String classPath) {
        Path location = Path.of(classPath);
        try {
            if (!Files.isDirectory(location)) {
                return classPath + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            // A build folder (tests, the IDE): a folder's own time does not change when a class file is rewritten.
            try (Stream<Path> files = Files.walk(location)) {
                long[] newest = {0, 0};
                files.filter(Files::isRegularFile).forEach(file -> {
                    newest[0] = Math.max(newest[0], file.toFile().lastModified());
                    newest[1]++;
                });
                return classPath + " folder " + newest[1] + " " + newest[0];
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return classPath + " unknown " + System.nanoTime(); // cannot tell: a key no entry has
        }
    }

    /** Where the runtime's classes come from (guidec's jar, or a build folder), for javac to compile against. */
    private static String runtimeClassPath() throws Unavailable {
        return location(GuidelineEvaluator.class);
    }

    private static String location(Class<?> type) throws Unavailable {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new Unavailable("cannot tell where guidec's classes are", null);
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new Unavailable("cannot tell where guidec's classes are: " + e.getMessage(), e);
        }
    }
}
