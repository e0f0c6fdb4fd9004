package org.guidelang.compiler.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.ast.Citation;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.runtime.InputIndex;

/**
 * Semantic analysis of one guideline whose imports are already checked. Declarations are
 * collected first, so order in the file does not matter; definitions and outcomes are then
 * checked on demand, in dependency order, which also finds cycles.
 */
public final class GuidelineChecker implements Scope {
    private final Guideline ast;
    private final Map<String, CheckedGuideline> importable;
    private final Diagnostics diagnostics;
    private final ExprChecker exprs;
    private final Citations citations;

    private final Map<String, CheckedGuideline> imports = new LinkedHashMap<>();
    private final Map<String, Member> elements = new LinkedHashMap<>();
    private final Map<String, InputDecl> inputs = new LinkedHashMap<>();
    private final Map<String, ParamDecl> params = new LinkedHashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<String, CExpr.Invalid> failed = new LinkedHashMap<>();
    private final Deque<String> inProgress = new ArrayDeque<>();
    private final Set<String> used = new HashSet<>();

    private GuidelineChecker(Guideline ast, Map<String, CheckedGuideline> importable, Diagnostics diagnostics) {
        this.ast = ast;
        this.importable = importable;
        this.diagnostics = diagnostics;
        this.exprs = new ExprChecker(this, diagnostics);
        this.citations = new Citations(diagnostics);
    }

    /**
     * Checks {@code ast}; {@code importable} maps guideline ids to checked guidelines (the
     * compiler has verified that every import names one of them). Returns empty after errors.
     */
    public static Optional<CheckedGuideline> check(
            Guideline ast, Map<String, CheckedGuideline> importable, Diagnostics diagnostics) {
        return new GuidelineChecker(ast, importable, diagnostics).run();
    }

    private Optional<CheckedGuideline> run() {
        int errorsBefore = diagnostics.errorCount();
        Header header = new HeaderChecker(diagnostics).check(ast);
        List<SourceRef> sources = citations.declare(ast.members());
        collectImports();
        collectElements();
        claimOutcomeCodes();
        Declarations declarations = new Declarations(ast.id().text(), diagnostics, exprs, citations);
        inheritInputs();
        for (Member member : ast.members()) {
            if (member instanceof Member.Input input) {
                declareInput(declarations, input);
            } else if (member instanceof Member.Param param) {
                params.put(param.id().text(), declarations.param(param));
            }
        }
        JavaNameCheck.check(ast, inputs.values(), imports.values(), diagnostics);
        if (inputs.size() > InputIndex.MAX_INPUTS) {
            // Evaluators track which inputs an outcome lacks in one 64-bit mask, for speed.
            diagnostics.reportWithHint(DiagnosticCode.TOO_MANY_INPUTS, ast.id().span(),
                    "split it into guidelines that import one another's outcomes", ast.id().text(), inputs.size(),
                    InputIndex.MAX_INPUTS);
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        for (String name : elements.keySet()) {
            resolve(name, elements.get(name).span());
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<Outcome> orderedOutcomes = new ArrayList<>();
        List<Definition> orderedDefinitions = new ArrayList<>();
        for (String name : elements.keySet()) {
            if (outcomes.containsKey(name)) {
                orderedOutcomes.add(outcomes.get(name));
            } else if (definitions.containsKey(name)) {
                orderedDefinitions.add(definitions.get(name));
            }
        }
        ExampleChecker examples = new ExampleChecker(ast.id().text(), inputs, outcomes, imports, diagnostics);
        var checkedExamples = ast.members().stream()
                .filter(Member.Example.class::isInstance)
                .map(m -> examples.check((Member.Example) m))
                .toList();
        warnUnused();
        citations.warnUncited();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<CheckedGuideline.ImportRef> importRefs = imports.entrySet().stream()
                .map(e -> new CheckedGuideline.ImportRef(e.getKey(), e.getValue()))
                .toList();
        return Optional.of(new CheckedGuideline(
                ast.id().text(), ast.version().text(), header.title(), header.status(), header.authors(),
                header.committee(), header.issued(), header.updated(), header.description(), sources, importRefs,
                List.copyOf(inputs.values()), List.copyOf(params.values()), orderedDefinitions, orderedOutcomes,
                checkedExamples, ast.span(), header.packageName()));
    }

    // ---- declarations ----

    private void collectImports() {
        Map<String, Member.Import> seen = new LinkedHashMap<>();
        for (Member member : ast.members()) {
            if (member instanceof Member.Import imp) {
                Name alias = imp.alias() != null ? imp.alias() : imp.target();
                Member.Import earlier = seen.putIfAbsent(alias.text(), imp);
                if (earlier != null) {
                    diagnostics.report(DiagnosticCode.DUPLICATE_NAME, alias.span(), alias.text(),
                            earlier.span().line());
                    continue;
                }
                CheckedGuideline target = importable.get(imp.target().text());
                if (target != null) {
                    imports.put(alias.text(), target);
                }
            }
        }
    }

    private void collectElements() {
        Map<String, Name> seen = new LinkedHashMap<>();
        for (Member member : ast.members()) {
            Name name = declaredName(member);
            if (name == null) {
                continue;
            }
            Name earlier = seen.putIfAbsent(name.text(), name);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_NAME, name.span(),
                        "inputs, parameters, definitions, tables, criteria sets and recommendations share one "
                                + "namespace: choose another name",
                        name.text(), earlier.span().line());
            } else if (!(member instanceof Member.Input) && !(member instanceof Member.Param)) {
                elements.put(name.text(), member);
            }
        }
    }

    /** Each code belongs to one outcome, so that a bare code in a rule or an example is never ambiguous. */
    private void claimOutcomeCodes() {
        Map<String, Name> claimed = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Member member : ast.members()) {
            if (member instanceof Member.Table table) {
                table.codes().forEach(c -> claim(c.id(), table.id().text(), claimed, owner));
            } else if (member instanceof Member.CriteriaSet set) {
                set.mappings().forEach(m -> claim(m.code(), set.id().text(), claimed, owner));
            }
        }
    }

    private void claim(Name code, String outcome, Map<String, Name> claimed, Map<String, String> owner) {
        Name earlier = claimed.putIfAbsent(code.text(), code);
        if (earlier == null) {
            owner.put(code.text(), outcome);
        } else if (!owner.get(code.text()).equals(outcome)) {
            // Within one outcome a repeated code is reported by the table or the criteria set.
            diagnostics.reportWithHint(DiagnosticCode.DUPLICATE_CODE, code.span(),
                    "each code belongs to one outcome of a guideline, and `" + code.text() + "` is a code of `"
                            + owner.get(code.text()) + "`: rename one of them",
                    code.text(), earlier.span().line());
        }
    }

    private static Name declaredName(Member member) {
        if (member instanceof Member.Input m) {
            return m.id();
        } else if (member instanceof Member.Param m) {
            return m.id();
        } else if (member instanceof Member.Define m) {
            return m.id();
        } else if (member instanceof Member.Table m) {
            return m.id();
        } else if (member instanceof Member.CriteriaSet m) {
            return m.id();
        } else if (member instanceof Member.Recommendation m) {
            return m.id();
        }
        return null;
    }

    private void inheritInputs() {
        for (CheckedGuideline imported : imports.values()) {
            for (InputDecl input : imported.inputs()) {
                inputs.putIfAbsent(input.name(), input);
            }
        }
    }

    private void declareInput(Declarations declarations, Member.Input input) {
        InputDecl inherited = inputs.get(input.id().text());
        if (inherited != null && inherited.guideline().equals(ast.id().text())) {
            return; // declared twice in this file: reported as a duplicate name
        }
        if (inherited != null) {
            diagnostics.reportWithHint(DiagnosticCode.INPUT_REDECLARED, input.id().span(),
                    "remove this declaration: the imported guideline's input is shared", input.id().text(),
                    inherited.guideline());
            return;
        }
        declarations.input(input).ifPresent(decl -> inputs.put(decl.name(), decl));
    }

    // ---- scope ----

    @Override
    public Optional<CExpr> lookup(Name name) {
        String text = name.text();
        if (inputs.containsKey(text)) {
            used.add(text);
            return Optional.of(new CExpr.InputRef(inputs.get(text), name.span()));
        }
        if (params.containsKey(text)) {
            used.add(text);
            return Optional.of(new CExpr.ParamRef(params.get(text), name.span()));
        }
        if (!elements.containsKey(text)) {
            return Optional.empty();
        }
        used.add(text);
        if (inProgress.contains(text)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (var it = inProgress.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                inCycle |= step.equals(text);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(text);
            String hint = cycle.size() == 2
                    ? "`" + text + "` cannot be used in its own definition"
                    : "define one of " + String.join(", ", cycle.subList(0, cycle.size() - 1)) + " without the others";
            diagnostics.reportWithHint(DiagnosticCode.CYCLIC_DEFINITION, name.span(), hint, text,
                    String.join(" → ", cycle));
            failed.put(text, new CExpr.Invalid(name.span()));
            return Optional.of(new CExpr.Invalid(name.span()));
        }
        resolve(text, name.span());
        if (definitions.containsKey(text)) {
            return Optional.of(new CExpr.DefinitionRef(definitions.get(text), name.span()));
        }
        if (outcomes.containsKey(text)) {
            return Optional.of(new CExpr.OutcomeRef(ast.id().text(), null, outcomes.get(text), name.span()));
        }
        return Optional.of(new CExpr.Invalid(name.span()));
    }

    @Override
    public Optional<CheckedGuideline> imported(String alias) {
        return Optional.ofNullable(imports.get(alias));
    }

    @Override
    public Collection<String> names() {
        List<String> names = new ArrayList<>(inputs.keySet());
        names.addAll(params.keySet());
        names.addAll(elements.keySet());
        return names;
    }

    @Override
    public Optional<String> codeSetOf(String code) {
        for (InputDecl input : inputs.values()) {
            if (input.codes() != null && input.codes().contains(code)) {
                return Optional.of(input.name());
            }
        }
        for (Member member : elements.values()) {
            if (member instanceof Member.Table table
                    && table.codes().stream().anyMatch(c -> c.id().text().equals(code))) {
                return Optional.of(table.id().text());
            }
            if (member instanceof Member.CriteriaSet set
                    && set.mappings().stream().anyMatch(m -> m.code().text().equals(code))) {
                return Optional.of(set.id().text());
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<String> aliases() {
        return imports.keySet();
    }

    private void resolve(String name, org.guidelang.compiler.source.SourceSpan from) {
        if (definitions.containsKey(name) || outcomes.containsKey(name) || inProgress.contains(name)) {
            return;
        }
        inProgress.push(name);
        try {
            Member member = elements.get(name);
            Elements checker = new Elements(ast.id().text(), exprs, citations, diagnostics);
            if (member instanceof Member.Define define) {
                definitions.put(name, checker.definition(define));
            } else if (member instanceof Member.Table table) {
                outcomes.put(name, checker.table(table));
            } else if (member instanceof Member.CriteriaSet set) {
                outcomes.put(name, checker.criteria(set));
            } else if (member instanceof Member.Recommendation rec) {
                outcomes.put(name, checker.recommendation(rec));
            }
        } finally {
            inProgress.pop();
        }
    }

    // ---- warnings ----

    private void warnUnused() {
        Map<String, Name> declared = new LinkedHashMap<>();
        for (Member member : ast.members()) {
            Name name = declaredName(member);
            if (name != null) {
                declared.putIfAbsent(name.text(), name);
            }
        }
        for (InputDecl input : inputs.values()) {
            if (input.guideline().equals(ast.id().text()) && !used.contains(input.name())) {
                diagnostics.reportWithHint(DiagnosticCode.UNUSED_INPUT, nameSpan(declared, input.name(), input.span()),
                        "remove it, or use it in a rule", input.name());
            }
        }
        for (ParamDecl param : params.values()) {
            if (!used.contains(param.name())) {
                diagnostics.reportWithHint(DiagnosticCode.UNUSED_PARAM, nameSpan(declared, param.name(), param.span()),
                        "remove it, or use it in place of the number it stands for", param.name());
            }
        }
    }

    /** Warnings point at the declared name, not at the whole declaration. */
    private static org.guidelang.compiler.source.SourceSpan nameSpan(
            Map<String, Name> declared, String name, org.guidelang.compiler.source.SourceSpan fallback) {
        Name found = declared.get(name);
        return found == null ? fallback : found.span();
    }

    /** Citations of {@code list}, checked against the declared sources. */
    List<CitationRef> cite(List<Citation> list) {
        return citations.resolve(list);
    }
}
