package org.guidelang.compiler.java;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.guidelang.compiler.output.GeneratedFile;

/**
 * Compiles generated sources in memory with {@code -Xlint:all -Werror} against the test class path
 * (which holds the runtime), and loads the classes. Any warning fails the compilation.
 */
final class InMemoryJavac {
    private InMemoryJavac() {}

    /** Thrown with every diagnostic javac reported. */
    static final class CompilationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CompilationFailed(String message) {
            super(message);
        }
    }

    static ClassLoader compile(List<GeneratedFile> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
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
                        classes.put(className, out);
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
        List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17", "-classpath",
                System.getProperty("java.class.path"));
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, sources).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
            throw new CompilationFailed(diagnostics.getDiagnostics().stream()
                    .map(InMemoryJavac::render)
                    .collect(Collectors.joining("\n")));
        }
        return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
    }

    private static String render(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        return where + d.getKind() + ": " + d.getMessage(Locale.ROOT);
    }
}
