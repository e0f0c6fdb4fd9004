package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import org.guidelang.compiler.model.Approval;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Range;

/**
 * The Javadoc of a guideline's class: its title, metadata, description, sources, constraints between
 * inputs and a usage sketch.
 */
final class ClassJavadoc {
    private final CheckedGuideline guideline;
    private final ClassName self;
    private final JavaTypes types;

    ClassJavadoc(CheckedGuideline guideline, ClassName self, JavaTypes types) {
        this.guideline = guideline;
        this.self = self;
        this.types = types;
    }

    String text() {
        StringBuilder doc = new StringBuilder();
        String title = guideline.title() == null ? guideline.id() : guideline.title();
        doc.append(JavadocText.escape(title)).append(": the evaluator of guideline {@code ")
                .append(guideline.id()).append("}, version ").append(JavadocText.escape(guideline.version()))
                .append(guideline.status() == null ? "" : " (" + JavadocText.escape(guideline.status()) + ")")
                .append(".\n");
        if (!guideline.authors().isEmpty() || guideline.committee() != null || guideline.issued() != null) {
            doc.append("\n<p>");
            if (!guideline.authors().isEmpty()) {
                doc.append("Authors: ").append(JavadocText.escape(String.join(", ", guideline.authors()))).append(". ");
            }
            if (guideline.committee() != null) {
                doc.append("Committee: ").append(JavadocText.escape(guideline.committee())).append(". ");
            }
            if (guideline.issued() != null) {
                doc.append("Issued ").append(guideline.issued()).append(". ");
            }
            if (guideline.updated() != null) {
                doc.append("Updated ").append(guideline.updated()).append(". ");
            }
            doc.setLength(doc.length() - 1);
            doc.append('\n');
        }
        governance(doc);
        if (guideline.description() != null) {
            doc.append("\n<p>").append(JavadocText.escape(guideline.description())).append('\n');
        }
        if (!guideline.sources().isEmpty()) {
            doc.append("\n<p>Sources:\n<ul>\n");
            for (SourceRef source : guideline.sources()) {
                doc.append("  <li>").append(JavadocText.escape(GuidelineClassGenerator.source(source))).append('\n');
            }
            doc.append("</ul>\n");
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            doc.append("\n<p>Uses the outcomes of {@code ").append(imported.guideline().id()).append("} as {@code ")
                    .append(imported.alias()).append("}, evaluated on the same patient.\n");
        }
        if (!guideline.constraints().isEmpty()) {
            doc.append("\n<p>Constraints between inputs, which a patient's values must satisfy:\n<ul>\n");
            for (Constraint constraint : guideline.constraints()) {
                String cited = CitationRef.text(constraint.citations());
                doc.append("  <li>").append(constraint.name()).append(": ")
                        .append(JavadocText.escape(constraint.text() + " (" + constraint.rationale()
                                + (cited == null ? "" : " Source: " + cited) + ")"))
                        .append('\n');
            }
            doc.append("</ul>\n");
        }
        doc.append("\n<p>Usage (every input may be left out; thread-safe):\n<pre>{@code\n");
        boolean constrained = !guideline.constraints().isEmpty();
        String indent = constrained ? "    " : "";
        if (constrained) {
            doc.append("try {\n");
        }
        doc.append(indent).append(self.simpleName()).append(".Result result = ").append(self.simpleName())
                .append(".evaluate(").append(self.simpleName()).append(".Input.builder()");
        for (InputDecl input : guideline.inputs().subList(0, Math.min(2, guideline.inputs().size()))) {
            doc.append('.').append(MemberNames.input(input)).append("(").append(sample(input)).append(")");
        }
        doc.append(".build());\n");
        for (Outcome outcome : guideline.outcomes()) {
            doc.append(indent).append("result.").append(MemberNames.outcome(outcome))
                    .append("().possible();\n");
            break;
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            for (Outcome outcome : imported.guideline().outcomes()) {
                doc.append(indent).append("result.").append(types.membersOf(guideline.id()).importedResult(imported.alias()))
                        .append("().").append(MemberNames.outcome(outcome))
                        .append("().isDetermined(); // imported, from the same evaluation\n");
                break;
            }
        }
        doc.append(indent).append("result.explain(); // the same steps as guidec eval\n");
        if (!guideline.inputs().isEmpty()) {
            doc.append(indent).append(self.simpleName()).append(".evaluate(result.input().toBuilder().")
                    .append(MemberNames.input(guideline.inputs().get(0)))
                    .append("(null).build()).missing(); // null: missing\n");
        }
        if (constrained) {
            doc.append("} catch (InvalidInputException e) {\n")
                    .append("    e.errors(); // the values break a constraint between inputs: each error names one\n")
                    .append("}\n");
        }
        doc.append("}</pre>\n");
        return doc.toString();
    }

    /**
     * Who approved this version, and when it is due for review, as dates: never whether the
     * review is overdue, so that the generated source is the same whenever it is built.
     */
    private void governance(StringBuilder doc) {
        if (guideline.approvals().isEmpty() && guideline.nextReview() == null) {
            return;
        }
        doc.append("\n<p>");
        for (Approval approval : guideline.approvals()) {
            doc.append("Approved by ").append(JavadocText.escape(approval.approver())).append(" (")
                    .append(JavadocText.escape(approval.role())).append(") on ").append(approval.date()).append(". ");
        }
        if (guideline.nextReview() != null) {
            doc.append("Next review by ").append(guideline.nextReview()).append(". ");
        }
        doc.setLength(doc.length() - 1);
        doc.append('\n');
    }

    private String sample(InputDecl input) {
        if (input.type() instanceof Type.Bool) {
            return "true";
        }
        if (input.type() instanceof Type.Code code) {
            ClassName name = types.enumOf(code.codes());
            String outer = name.enclosingClassName() == null ? "" : name.enclosingClassName().simpleName() + ".";
            return outer + name.simpleName() + "." + MemberNames.code(code.codes().codes().get(0).name());
        }
        if (input.spec().isWholeNumber()) {
            long whole = insideWhole(input.spec().range());
            return whole == (int) whole ? Long.toString(whole) : whole + "L";
        }
        return ExpressionWriter.number(inside(input.spec().range())).toString();
    }

    /** A whole number the range accepts (a whole-number input's range always holds one): the least, else the greatest. */
    static long insideWhole(Range range) {
        if (range.hasLowerBound()) {
            double least = range.loClosed() ? Math.ceil(range.lo()) : Math.floor(range.lo()) + 1;
            return (long) least;
        }
        if (range.hasUpperBound()) {
            double greatest = range.hiClosed() ? Math.floor(range.hi()) : Math.ceil(range.hi()) - 1;
            return (long) greatest;
        }
        return 0L;
    }

    /**
     * A value the range accepts, so that the usage sketch runs as written: the lower end when
     * it is included, else the middle of a bounded range, else one past the open end.
     */
    static double inside(Range range) {
        boolean lo = range.hasLowerBound();
        boolean hi = range.hasUpperBound();
        if (lo && range.loClosed()) {
            return range.lo();
        }
        if (hi && range.hiClosed() && !lo) {
            return range.hi();
        }
        if (lo && hi) {
            return (range.lo() + range.hi()) / 2;
        }
        return lo ? range.lo() + 1 : hi ? range.hi() - 1 : 0.0;
    }
}
