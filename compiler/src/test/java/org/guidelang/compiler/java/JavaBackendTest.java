package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The generated sources, compiled without a single warning for the sketch and the repository's
 * guidelines, deterministic, placed in the right package, and listed in the ServiceLoader file.
 * What the classes hold, feature by feature, is in {@link JavaGoldenTest}'s golden files.
 */
class JavaBackendTest {
    @Test
    void sketchCompilesWithoutWarnings() {
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.SKETCH);
        assertEquals(List.of("milan_nen", "who_grading"), generated.catalog.ids());
    }

    @Test
    void repositoryGuidelinesCompileWithoutWarnings() {
        assumeTrue(TestGuidelines.repositoryPresent(), "no guidelines folder at " + TestGuidelines.repository());
        Compilation compilation = GeneratedEvaluators.compilation(TestGuidelines.repository());
        assertFalse(compilation.guidelines().isEmpty());
        GeneratedEvaluators generated = GeneratedEvaluators.of(TestGuidelines.repository());
        assertEquals(compilation.guidelines().size(), generated.catalog.ids().size());
    }

    @Test
    void serviceFileNamesEveryMapEvaluatorForServiceLoader() throws Exception {
        List<GeneratedFile> resources = JavaBackend.generate(TestGuidelines.sketch(), null).resources();
        assertEquals(1, resources.size());
        GeneratedFile services = resources.get(0);
        assertEquals("META-INF/services/org.guidelang.runtime.GuidelineEvaluator", services.path());
        assertEquals("org.guidelang.generated.WhoGrading$MapEvaluator\norg.guidelang.generated.MilanNen$MapEvaluator\n",
                services.content());
        ClassLoader loader = GeneratedEvaluators.of(TestGuidelines.SKETCH).loader;
        for (String provider : services.content().strip().split("\n")) {
            Object evaluator = loader.loadClass(provider).getConstructor().newInstance();
            assertTrue(evaluator instanceof org.guidelang.runtime.GuidelineEvaluator, provider);
        }
    }

    @Test
    void outputIsDeterministic() {
        JavaBackend.Generated first = JavaBackend.generate(TestGuidelines.sketch(), null);
        JavaBackend.Generated second = JavaBackend.generate(TestGuidelines.sketch(), null);
        assertEquals(first, second);
    }

    @Test
    void packageOverridePlacesEveryClass() {
        List<GeneratedFile> files = JavaBackend.generate(TestGuidelines.sketch(), "com.example.rules").sources();
        assertEquals(List.of("com/example/rules/WhoGrading.java", "com/example/rules/MilanNen.java"),
                files.stream().map(GeneratedFile::path).toList());
        assertTrue(files.get(1).content().startsWith("package com.example.rules;\n"));
        InMemoryJavac.compile(files);
    }

    @Test
    void namesThatAreJavaKeywordsOrGeneratedMembersStillCompile() throws Exception {
        String text = """
                guideline class_names version 1.0.0 {
                  title "Names Java would choke on"
                  input native : boolean "A Java keyword"
                  input kind : code { public, private, NEW } "Codes that are keywords"
                  input equals : decimal in [0, 10]
                  param validator = 5
                  param outcomes = true
                  define values = equals > validator and outcomes
                  table trace "An outcome named like a field" : code { Result, Input } hit first {
                    when values and native -> Result
                    when kind in {public, NEW} -> Input
                  }
                  recommend evaluation "Named like a local" when trace = Result
                  example "all set" {
                    given native = true, equals = 6, kind = private
                    expect trace = Result
                    expect evaluation = true
                  }
                }
                """;
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("class_names.guide", text)));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        GeneratedEvaluators generated = GeneratedEvaluators.of(compilation);
        var result = generated.evaluator("class_names").evaluate(java.util.Map.of("native", true, "equals", 6,
                "kind", "private"));
        assertEquals("Result", result.outcome("trace").orElseThrow().value());
        assertEquals(Boolean.TRUE, result.outcome("evaluation").orElseThrow().value());
    }

    @Test
    void packageClauseChoosesTheGuidelinesPackage() {
        String text = """
                guideline packaged version 1.0.0 {
                  title "Packaged"
                  package org.example.nen
                  input flag : boolean
                  recommend act "Act" when flag
                }
                """;
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("packaged.guide", text)));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        assertEquals("org.example.nen", compilation.guidelines().get(0).packageName());
        List<GeneratedFile> files = JavaBackend.generate(compilation, null).sources();
        assertEquals("org/example/nen/Packaged.java", files.get(0).path());
        assertEquals("com/other/Packaged.java", JavaBackend.generate(compilation, "com.other").sources().get(0).path());
        assertTrue(JavaBackend.generate(TestGuidelines.sketch(), null).sources().get(0).path()
                .startsWith(JavaBackend.DEFAULT_PACKAGE.replace('.', '/') + "/"));
    }

    @Test
    void packageClauseWithAJavaKeywordIsAnError() {
        String text = """
                guideline packaged version 1.0.0 {
                  title "Packaged"
                  package org.new.rules
                  package org.again
                }
                """;
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("packaged.guide", text)));
        List<String> rendered = compilation.diagnostics().stream()
                .map(org.guidelang.compiler.diagnostics.DiagnosticRenderer::render).toList();
        assertTrue(rendered.stream().anyMatch(d -> d.startsWith("packaged.guide:3:15: error: `org.new.rules` is not a "
                + "Java package name [GL900]")), rendered.toString());
        assertTrue(rendered.stream().anyMatch(d -> d.contains("[GL210]")), rendered.toString());
    }

    @Test
    void badPackageOrBrokenGuidelinesAreRefused() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> JavaBackend.generate(TestGuidelines.sketch(), "org.class.x"));
        assertTrue(bad.getMessage().contains("not a Java package name"), bad.getMessage());
        Compilation broken = GuideCompiler.compile(List.of(new SourceFile("b.guide", "guideline b version 1.0.0 {")));
        assertThrows(IllegalArgumentException.class, () -> JavaBackend.generate(broken, null));
    }

    @Test
    void hostileTextIsEscapedInStringsAndJavadoc() {
        String text = """
                guideline hostile_text version 1.0.0 {
                  title "Ends */ a comment, @param tags, <b>html</b> & \\\\u000a escapes \\"quoted\\""
                  source s1 "A source */ with @see and \\\\u002a/ in it"
                  input flag : boolean "Flag */ @deprecated \\\\u000a"
                  recommend act "Act */ now @return" when flag cite s1
                  example "flag set" {
                    given flag = true
                    expect act = true
                  }
                }
                """;
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("hostile_text.guide", text)));
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        List<GeneratedFile> files = JavaBackend.generate(compilation, null).sources();
        String source = files.get(0).content();
        List<String> commentLines = source.lines().map(String::strip).filter(l -> l.startsWith("* ")).toList();
        assertFalse(commentLines.isEmpty());
        for (String line : commentLines) {
            for (String hostile : List.of("*/ a", "*/ with", "*/ now", "@param tags", "@see", "@deprecated", "@return",
                    "<b>", "\\u")) {
                assertFalse(line.contains(hostile), line);
            }
        }
        assertTrue(source.contains("\"Flag */ @deprecated \\\\u000a\""), "the string keeps the text, escaped");
        ClassLoader loader = InMemoryJavac.compile(files);
        assertDoesNotThrow(() -> loader.loadClass("org.guidelang.generated.HostileText"));
    }
}
