package org.guidelang.compiler.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * What the expressions of one guideline may name: its inputs (those shared through imports
 * first), parameters, definitions and outcomes, and the outcomes of the guidelines it imports.
 * Definitions and outcomes are checked on first reference, in dependency order; the symbol
 * table finds cycles and records each reference with its declaration.
 */
final class GuidelineScope implements Scope {
    private final String guideline;
    private final SymbolTable.Builder symbols;
    private final Diagnostics diagnostics;
    private final CitationResolver citations;
    private final ExprChecker exprs;

    private final Map<String, CheckedGuideline> imports = new LinkedHashMap<>();
    private final Map<String, Member> elements = new LinkedHashMap<>();
    private final Map<String, InputDecl> inputs = new LinkedHashMap<>();
    private final Map<String, ParamDecl> params = new LinkedHashMap<>();
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    GuidelineScope(String guideline, SymbolTable.Builder symbols, CitationResolver citations,
            Diagnostics diagnostics) {
        this.guideline = guideline;
        this.symbols = symbols;
        this.citations = citations;
        this.diagnostics = diagnostics;
        this.exprs = new ExprChecker(this, diagnostics);
    }

    ExprChecker exprs() {
        return exprs;
    }

    /** The imported guidelines by alias; the checker fills it. */
    Map<String, CheckedGuideline> imports() {
        return imports;
    }

    /** Definitions, tables, criteria sets and recommendations by name, not yet checked; the checker fills it. */
    Map<String, Member> elements() {
        return elements;
    }

    /** The inputs, inherited ones first; the checker fills it. */
    Map<String, InputDecl> inputs() {
        return inputs;
    }

    /** The parameters; the checker fills it. */
    Map<String, ParamDecl> params() {
        return params;
    }

    /** The definitions checked so far. */
    Map<String, Definition> definitions() {
        return definitions;
    }

    /** The outcomes checked so far. */
    Map<String, Outcome> outcomes() {
        return outcomes;
    }

    // ---- references ----

    @Override
    public Optional<CExpr> lookup(Name name) {
        String text = name.text();
        if (inputs.containsKey(text)) {
            use(name);
            return Optional.of(new CExpr.InputRef(inputs.get(text), name.span()));
        }
        if (params.containsKey(text)) {
            use(name);
            return Optional.of(new CExpr.ParamRef(params.get(text), name.span()));
        }
        if (!elements.containsKey(text)) {
            return Optional.empty();
        }
        use(name);
        Optional<List<String>> cycle = symbols.cycleThrough(text);
        if (cycle.isPresent()) {
            reportCycle(name, cycle.get());
            return Optional.of(new CExpr.Invalid(name.span()));
        }
        resolve(text);
        if (definitions.containsKey(text)) {
            return Optional.of(new CExpr.DefinitionRef(definitions.get(text), name.span()));
        }
        if (outcomes.containsKey(text)) {
            return Optional.of(new CExpr.OutcomeRef(guideline, null, outcomes.get(text), name.span()));
        }
        return Optional.of(new CExpr.Invalid(name.span()));
    }

    /** Records a name a rule uses: its reference, and that its declaration is used. */
    private void use(Name name) {
        symbols.referToName(name.text(), name.span()).ifPresent(symbols::use);
    }

    private void reportCycle(Name name, List<String> cycle) {
        String text = name.text();
        String hint = cycle.size() == 2
                ? "`" + text + "` cannot be used in its own definition"
                : "define one of " + String.join(", ", cycle.subList(0, cycle.size() - 1)) + " without the others";
        diagnostics.reportWithHint(DiagnosticCode.CYCLIC_DEFINITION, name.span(), hint, text,
                String.join(" → ", cycle));
    }

    @Override
    public Optional<CheckedGuideline> imported(Name alias) {
        CheckedGuideline found = imports.get(alias.text());
        if (found != null) {
            symbols.referToImport(alias.text(), alias.span());
        }
        return Optional.ofNullable(found);
    }

    @Override
    public void referToImported(Name alias, Name name) {
        symbols.referToImported(alias.text(), name.text(), name.span());
    }

    @Override
    public void referToCode(CodeSet codes, Name written) {
        // A code set's key is the id of the declaring guideline and the owner's name.
        String declaredIn = codes.key().substring(0, codes.key().indexOf('.'));
        symbols.referToCode(declaredIn, codes.owner(), written.text(), written.span());
    }

    /** Records a name in an example or in {@code missing {…}} that names a declared input or outcome. */
    void referToName(Name name) {
        symbols.referToName(name.text(), name.span());
    }

    // ---- hints ----

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

    // ---- checking on demand ----

    /** Checks the definition or outcome {@code name} unless it is checked or being checked. */
    void resolve(String name) {
        if (definitions.containsKey(name) || outcomes.containsKey(name) || symbols.inProgress(name)) {
            return;
        }
        symbols.begin(name);
        try {
            Member member = elements.get(name);
            ElementChecker checker = new ElementChecker(guideline, exprs, citations, symbols, diagnostics);
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
            symbols.end();
        }
    }
}
