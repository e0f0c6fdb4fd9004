package org.guidelang.compiler.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.Conflict;

/**
 * Checks {@code conflict} declarations: a condition that is true or false, that reads outcomes
 * (of this guideline or of those it imports), parameters and constants but no input, and at
 * least one citation. An input is refused because a conflict states what two guidelines must
 * never answer together; a condition on the patient's data belongs in a guideline's rules.
 */
final class ConflictChecker {
    private final ExprChecker exprs;
    private final CitationResolver citations;
    private final Diagnostics diagnostics;

    ConflictChecker(ExprChecker exprs, CitationResolver citations, Diagnostics diagnostics) {
        this.exprs = exprs;
        this.citations = citations;
        this.diagnostics = diagnostics;
    }

    /** The checked conflicts of {@code members}, in source order; duplicates are reported and dropped. */
    List<Conflict> check(List<Member> members) {
        Map<String, Member.Conflict> seen = new LinkedHashMap<>();
        List<Conflict> checked = new ArrayList<>();
        for (Member member : members) {
            if (!(member instanceof Member.Conflict conflict)) {
                continue;
            }
            Member.Conflict earlier = seen.putIfAbsent(conflict.id().text(), conflict);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_NAME, conflict.id().span(),
                        "give each conflict its own name", conflict.id().text(), earlier.id().span().line());
                continue;
            }
            checked.add(conflict(conflict));
        }
        return checked;
    }

    private Conflict conflict(Member.Conflict conflict) {
        String name = conflict.id().text();
        CExpr condition = exprs.condition(conflict.condition(), "a conflict's condition");
        inputRead(condition).ifPresent(read -> diagnostics.reportWithHint(DiagnosticCode.CONFLICT_READS_INPUT,
                read.at().span(),
                "a conflict relates the guidelines' answers: name the outcome that decides on `" + read.input()
                        + "` (e.g. `alias.outcome = CODE`), or give a guideline a rule that reads it",
                name, read.input(), read.through() == null ? "" : " through the definition `" + read.through() + "`"));
        if (conflict.citations().isEmpty()) {
            diagnostics.reportWithHint(DiagnosticCode.UNCITED_CONFLICT, conflict.id().span(),
                    "add `cite source at \"locator\"` after the condition: the passage that makes the answers "
                            + "incompatible",
                    name);
        }
        Set<String> guidelines = new LinkedHashSet<>();
        readGuidelines(condition, guidelines);
        return new Conflict(name, conflict.rationale().value(), condition, conflict.condition().span().text(),
                List.copyOf(guidelines), citations.resolve(conflict.citations()), conflict.span());
    }

    /** Where a condition reads an input, directly or through {@code through}, a definition. */
    private record InputRead(CExpr at, String input, String through) {}

    /** The first input {@code expr} reads, at the place it is written in the conflict. */
    private static Optional<InputRead> inputRead(CExpr expr) {
        if (expr instanceof CExpr.InputRef i) {
            return Optional.of(new InputRead(i, i.input().name(), null));
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return inputRead(d.definition().value()).map(r -> new InputRead(d, r.input(), d.definition().name()));
        }
        for (CExpr operand : expr.children()) {
            Optional<InputRead> found = inputRead(operand);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void readGuidelines(CExpr expr, Set<String> out) {
        if (expr instanceof CExpr.OutcomeRef o) {
            out.add(o.guideline());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            readGuidelines(d.definition().value(), out);
        }
        expr.children().forEach(operand -> readGuidelines(operand, out));
    }
}
