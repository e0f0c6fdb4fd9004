package org.guidelang.compiler.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.ast.Node;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.SourceRef;
import org.guidelang.compiler.source.SourceSpan;
import org.guidelang.compiler.symbols.Declaration;
import org.guidelang.compiler.symbols.SymbolKind;
import org.guidelang.compiler.symbols.SymbolTable;
import org.guidelang.runtime.InputIndex;

/**
 * Semantic analysis of one guideline whose imports are already checked, as a sequence of passes
 * that stops after one that added errors: header and sources; declarations (collected first, so
 * order in the file does not matter); inputs and parameters; definitions and outcomes, checked on
 * demand in dependency order (see {@link GuidelineScope}); constraints; examples; conflicts; warnings.
 */
public final class GuidelineChecker {
    private final Guideline ast;
    private final String id;
    private final Map<String, CheckedGuideline> importable;
    private final Diagnostics diagnostics;
    private final SymbolTable.Builder symbols;
    private final CitationResolver citations;
    private final GuidelineScope scope;
    private final LocalDate today;

    /**
     * What checking one guideline gave: the checked guideline, null after errors, and its symbol
     * table, which holds what was resolved before checking stopped.
     */
    public record Result(CheckedGuideline guideline, SymbolTable symbols) {
        public Optional<CheckedGuideline> checked() {
            return Optional.ofNullable(guideline);
        }
    }

    private GuidelineChecker(Guideline ast, Map<String, CheckedGuideline> importable,
            Map<String, SymbolTable> importableSymbols, Diagnostics diagnostics, LocalDate today) {
        this.ast = ast;
        this.today = today;
        this.id = ast.id().text();
        this.importable = importable;
        this.diagnostics = diagnostics;
        this.symbols = SymbolTable.builder(id, ast.file(), importableSymbols);
        this.citations = new CitationResolver(symbols, diagnostics);
        this.scope = new GuidelineScope(id, symbols, citations, diagnostics);
    }

    /**
     * Checks {@code ast}; {@code importable} maps guideline ids to checked guidelines (the
     * compiler has verified that every import names one of them) and {@code importableSymbols}
     * to their symbol tables.
     */
    public static Result check(Guideline ast, Map<String, CheckedGuideline> importable,
            Map<String, SymbolTable> importableSymbols, Diagnostics diagnostics) {
        return check(ast, importable, importableSymbols, diagnostics, null);
    }

    /**
     * Checks {@code ast} as {@link #check(Guideline, Map, Map, Diagnostics)} does, and warns when
     * {@code today} (null: not compared) is past its review date.
     */
    public static Result check(Guideline ast, Map<String, CheckedGuideline> importable,
            Map<String, SymbolTable> importableSymbols, Diagnostics diagnostics, LocalDate today) {
        GuidelineChecker checker = new GuidelineChecker(ast, importable, importableSymbols, diagnostics, today);
        CheckedGuideline checked = checker.run().orElse(null);
        return new Result(checked, checker.symbols.build());
    }

    private Optional<CheckedGuideline> run() {
        int errorsBefore = diagnostics.errorCount();
        Header header = new HeaderChecker(diagnostics, today).check(ast);
        List<SourceRef> sources = citations.declare(ast.members());
        collectImports();
        declareSymbols();
        collectElements();
        claimOutcomeCodes();
        declareInputsAndParams();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        for (String name : scope.elements().keySet()) {
            scope.resolve(name);
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<Outcome> orderedOutcomes = new ArrayList<>();
        List<Definition> orderedDefinitions = new ArrayList<>();
        for (String name : scope.elements().keySet()) {
            if (scope.outcomes().containsKey(name)) {
                orderedOutcomes.add(scope.outcomes().get(name));
            } else if (scope.definitions().containsKey(name)) {
                orderedDefinitions.add(scope.definitions().get(name));
            }
        }
        List<Constraint> constraints = constraints();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        ExampleChecker examples = new ExampleChecker(id, scope, constraints, diagnostics);
        var checkedExamples = ast.members().stream()
                .filter(Member.Example.class::isInstance)
                .map(m -> examples.check((Member.Example) m))
                .toList();
        List<Conflict> conflicts = new ConflictChecker(scope.exprs(), citations, diagnostics).check(ast.members());
        warnUnused();
        citations.warnUncited();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<CheckedGuideline.ImportRef> importRefs = scope.imports().entrySet().stream()
                .map(e -> new CheckedGuideline.ImportRef(e.getKey(), e.getValue()))
                .toList();
        return Optional.of(new CheckedGuideline(
                id, ast.version().text(), header.title(), header.status(), header.authors(), header.committee(),
                header.issued(), header.updated(), header.description(), sources, importRefs,
                List.copyOf(scope.inputs().values()), List.copyOf(scope.params().values()), orderedDefinitions,
                orderedOutcomes, checkedExamples, ast.span(), header.packageName(), constraints, conflicts,
                header.approvals(), header.nextReview()));
    }

    /**
     * The constraints of the guidelines this one imports (each once, in import order), since they
     * are about the same patient, then its own.
     */
    private List<Constraint> constraints() {
        Map<String, Constraint> all = new LinkedHashMap<>();
        for (CheckedGuideline imported : scope.imports().values()) {
            for (Constraint constraint : imported.constraints()) {
                all.putIfAbsent(constraint.guideline() + "." + constraint.name(), constraint);
            }
        }
        ConstraintChecker checker = new ConstraintChecker(id, scope.exprs(), citations, diagnostics);
        for (Member member : ast.members()) {
            if (member instanceof Member.Constraint constraint) {
                Constraint checked = checker.check(constraint);
                all.putIfAbsent(id + "." + checked.name(), checked);
            }
        }
        return List.copyOf(all.values());
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
                    scope.imports().put(alias.text(), target);
                }
            }
        }
        checkAliasesAcrossImports(seen);
    }

    /**
     * An alias means one guideline wherever it appears among the imports, near or far: explanations
     * (and the exact answers refining them) name an imported outcome by its nearest alias only.
     */
    private void checkAliasesAcrossImports(Map<String, Member.Import> own) {
        Map<String, String> targets = new LinkedHashMap<>();
        scope.imports().forEach((alias, target) -> targets.put(alias, target.id()));
        for (Map.Entry<String, CheckedGuideline> direct : scope.imports().entrySet()) {
            Name at = own.get(direct.getKey()).alias() != null ? own.get(direct.getKey()).alias()
                    : own.get(direct.getKey()).target();
            reportAmbiguousAliases(direct.getValue(), targets, at, new HashSet<>());
        }
    }

    private void reportAmbiguousAliases(CheckedGuideline imported, Map<String, String> targets, Name at,
            Set<String> visited) {
        if (!visited.add(imported.id())) {
            return;
        }
        for (CheckedGuideline.ImportRef ref : imported.imports()) {
            String earlier = targets.putIfAbsent(ref.alias(), ref.guideline().id());
            if (earlier != null && !earlier.equals(ref.guideline().id())) {
                diagnostics.reportWithHint(DiagnosticCode.IMPORT_ALIAS_AMBIGUOUS, at.span(),
                        "give one of the two imports another alias, as in `import " + ref.guideline().id() + " as "
                                + ref.alias() + "2`",
                        ref.alias(), earlier, ref.guideline().id(), imported.id(), ref.alias());
            }
            reportAmbiguousAliases(ref.guideline(), targets, at, visited);
        }
    }

    /**
     * Puts every declaration of the file into the symbol table, the inputs shared through imports
     * first, as {@link #declareInputsAndParams} shares them.
     */
    private void declareSymbols() {
        for (CheckedGuideline imported : scope.imports().values()) {
            for (InputDecl input : imported.inputs()) {
                symbols.inherit(imported.id(), input.name());
            }
        }
        symbols.declare(SymbolKind.GUIDELINE, id, null, ast.id().span(), ast.span());
        for (Member member : ast.members()) {
            if (member instanceof Member.Source source) {
                declare(SymbolKind.SOURCE, source.id(), null, source);
            } else if (member instanceof Member.Import imp) {
                Name alias = imp.alias() != null ? imp.alias() : imp.target();
                symbols.declareImport(alias.text(), imp.target().text(), alias.span(), imp.span());
                symbols.referToGuideline(imp.target().text(), imp.target().span());
            } else if (member instanceof Member.Input input) {
                declare(SymbolKind.INPUT, input.id(), null, input);
                if (input.type() instanceof Member.CodeType codes) {
                    codes.codes().forEach(c -> declare(SymbolKind.CODE, c.id(), input.id().text(), c));
                }
            } else if (member instanceof Member.Param param) {
                declare(SymbolKind.PARAM, param.id(), null, param);
            } else if (member instanceof Member.Define define) {
                declare(SymbolKind.DEFINITION, define.id(), null, define);
            } else if (member instanceof Member.Constraint constraint) {
                declare(SymbolKind.CONSTRAINT, constraint.id(), null, constraint);
            } else if (member instanceof Member.Table table) {
                declare(SymbolKind.TABLE, table.id(), null, table);
                table.codes().forEach(c -> declare(SymbolKind.CODE, c.id(), table.id().text(), c));
            } else if (member instanceof Member.CriteriaSet set) {
                declare(SymbolKind.CRITERIA_SET, set.id(), null, set);
                set.criteria().forEach(c -> declare(SymbolKind.CRITERION, c.id(), set.id().text(), c));
                set.mappings().forEach(m -> declare(SymbolKind.CODE, m.code(), set.id().text(), m));
            } else if (member instanceof Member.Recommendation rec) {
                declare(SymbolKind.RECOMMENDATION, rec.id(), null, rec);
            } else if (member instanceof Member.Conflict conflict) {
                declare(SymbolKind.CONFLICT, conflict.id(), null, conflict);
            }
        }
    }

    private void declare(SymbolKind kind, Name name, String owner, Node declaration) {
        symbols.declare(kind, name.text(), owner, name.span(), declaration.span());
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
                        "inputs, parameters, definitions, constraints, tables, criteria sets and recommendations "
                                + "share one namespace: choose another name",
                        name.text(), earlier.span().line());
            } else if (!(member instanceof Member.Input) && !(member instanceof Member.Param)
                    && !(member instanceof Member.Constraint)) {
                scope.elements().put(name.text(), member);
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
        } else if (member instanceof Member.Constraint m) {
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

    /** Inputs shared through imports first, then this guideline's own inputs and its parameters. */
    private void declareInputsAndParams() {
        for (CheckedGuideline imported : scope.imports().values()) {
            for (InputDecl input : imported.inputs()) {
                scope.inputs().putIfAbsent(input.name(), input);
            }
        }
        Declarations declarations = new Declarations(id, diagnostics, scope.exprs(), citations);
        for (Member member : ast.members()) {
            if (member instanceof Member.Input input) {
                declareInput(declarations, input);
            } else if (member instanceof Member.Param param) {
                scope.params().put(param.id().text(), declarations.param(param));
            }
        }
        JavaNameCheck.check(ast, scope.inputs().values(), scope.imports().values(), diagnostics);
        if (scope.inputs().size() > InputIndex.MAX_INPUTS) {
            // Evaluators track which inputs an outcome lacks in one 64-bit mask, for speed.
            diagnostics.reportWithHint(DiagnosticCode.TOO_MANY_INPUTS, ast.id().span(),
                    "split it into guidelines that import one another's outcomes", id, scope.inputs().size(),
                    InputIndex.MAX_INPUTS);
        }
    }

    private void declareInput(Declarations declarations, Member.Input input) {
        InputDecl inherited = scope.inputs().get(input.id().text());
        if (inherited != null && inherited.guideline().equals(id)) {
            return; // declared twice in this file: reported as a duplicate name
        }
        if (inherited != null) {
            diagnostics.reportWithHint(DiagnosticCode.INPUT_REDECLARED, input.id().span(),
                    "remove this declaration: the imported guideline's input is shared", input.id().text(),
                    inherited.guideline());
            return;
        }
        declarations.input(input).ifPresent(decl -> scope.inputs().put(decl.name(), decl));
    }

    // ---- warnings ----

    /** Own inputs and parameters that no rule or definition uses, reported at their declared names. */
    private void warnUnused() {
        for (InputDecl input : scope.inputs().values()) {
            if (input.guideline().equals(id)) {
                unused(SymbolKind.INPUT, input.name()).ifPresent(at -> diagnostics.reportWithHint(DiagnosticCode.UNUSED_INPUT, at,
                        "remove it, or use it in a rule", input.name()));
            }
        }
        for (ParamDecl param : scope.params().values()) {
            unused(SymbolKind.PARAM, param.name()).ifPresent(at -> diagnostics.reportWithHint(DiagnosticCode.UNUSED_PARAM, at,
                    "remove it, or use it in place of the number it stands for", param.name()));
        }
    }

    private Optional<SourceSpan> unused(SymbolKind kind, String name) {
        return symbols.own(kind, name).filter(d -> !symbols.used(d)).map(Declaration::nameSpan);
    }
}
