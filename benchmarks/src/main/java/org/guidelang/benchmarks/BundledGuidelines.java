package org.guidelang.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.source.SourceFile;

/**
 * The guideline sources packed into the benchmark jar: the NEN set of the guidelines module
 * (under {@code guide/}), and the peer harness's two guidelines (under {@code peers-guide/}, copied
 * from {@code ../shared/peers/guidelang/guide}).
 */
final class BundledGuidelines {
    private static final List<String> FILES = List.of("who_grading.guide", "milan_nen.guide");

    /** The NEN set, as {@code guidec check guidelines/} finds it. */
    static final List<String> NEN = List.of("hg_surgery_selection.guide", "liver_metastasis_resection.guide",
            "liver_transplantation.guide", "locally_advanced_pnen.guide", "milan_nen.guide",
            "nen_consistency.guide", "neoadjuvant_prrt_conversion.guide", "netlm_classification.guide", "primary_tumour_resection.guide",
            "who_grading.guide");

    private BundledGuidelines() {}

    /** The sources {@code names} of the folder {@code folder} of the jar. */
    static List<SourceFile> sources(String folder, List<String> names) {
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = BundledGuidelines.class.getResourceAsStream("/" + folder + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the benchmark jar has no " + folder + "/" + name);
                }
                files.add(new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static Interpreter interpreter(String id) {
        Compilation compilation = GuideCompiler.compile(sources("guide", FILES));
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the bundled guidelines do not compile: " + compilation.diagnostics());
        }
        if (compilation.guideline(id).isEmpty()) {
            throw new IllegalStateException("no guideline " + id);
        }
        return new Interpreter(compilation.analysis(id));
    }
}
