package org.guidelang.maven;

import java.util.List;
import org.guidelang.compiler.eval.ExampleFailure;
import org.guidelang.compiler.eval.ExampleRunner;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * One guideline's examples as a JUnit XML test suite, the format Surefire writes and CI servers
 * read from {@code target/surefire-reports}: the suite is {@code guidelang.<id>}, each example a
 * test case named by its title, a failed example a {@code <failure>} whose message gives the
 * expectations not met and whose text is what {@code guidec test} prints for it. No times or
 * host names, so that the same sources give the same report.
 */
final class JUnitReport {
    private JUnitReport() {}

    /** {@code TEST-guidelang-<id>.xml}: Surefire's {@code TEST-*.xml}, which CI globs find. */
    static String fileName(CheckedGuideline guideline) {
        return "TEST-guidelang-" + guideline.id() + ".xml";
    }

    static String suiteName(CheckedGuideline guideline) {
        return "guidelang." + guideline.id();
    }

    static String xml(CheckedGuideline guideline, List<ExampleRunner.Run> runs) {
        long failures = runs.stream().filter(run -> !run.passed()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suiteName(guideline))).append("\" tests=\"").append(runs.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        xml.append("  <properties>\n");
        property(xml, "guideline.id", guideline.id());
        property(xml, "guideline.version", guideline.version());
        xml.append("  </properties>\n");
        for (ExampleRunner.Run run : runs) {
            testCase(xml, guideline, run);
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("    <property name=\"").append(escape(name)).append("\" value=\"").append(escape(value))
                .append("\"/>\n");
    }

    private static void testCase(StringBuilder xml, CheckedGuideline guideline, ExampleRunner.Run run) {
        xml.append("  <testcase name=\"").append(escape(run.example().title())).append("\" classname=\"")
                .append(escape(suiteName(guideline))).append('"');
        if (run.passed()) {
            xml.append("/>\n");
            return;
        }
        String message = String.join("; ", run.mismatches().stream()
                .map(m -> "expected " + m.expected() + ", actual " + m.actual())
                .toList());
        xml.append(">\n    <failure type=\"guidelang.ExampleFailure\" message=\"").append(escape(message)).append("\">")
                .append(escape(String.join("\n", ExampleFailure.lines(run)))).append("</failure>\n");
        xml.append("  </testcase>\n");
    }

    /**
     * Escapes for text and double-quoted attributes; characters XML 1.0 cannot hold at all
     * (control characters other than tab and line ends) become {@code ?}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
            }
        }
        return out.toString();
    }
}
