package org.guidelang.compiler.symbols;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;

/**
 * The names of one guideline file: what it declares, and every place where it writes a name with
 * the declaration that name resolves to, here or in an imported guideline. The checker builds it
 * (see {@link Builder}) and the compilation keeps it even when checking stops at errors, so that
 * an editor can offer hover, go-to-definition, find-references, rename and an outline; it holds
 * the references found before checking stopped. Immutable.
 */
public final class SymbolTable {
    private static final Comparator<Reference> BY_PLACE = Comparator.comparingInt((Reference r) -> r.span().start())
            .thenComparingInt(r -> r.span().end());

    private final String guideline;
    private final SourceFile file;
    private final List<Declaration> declarations;
    private final Map<String, Declaration> names;
    private final Map<String, Map<String, Declaration>> codes;
    private final List<Reference> references;

    private SymbolTable(Builder builder) {
        this.guideline = builder.guideline;
        this.file = builder.file;
        this.declarations = List.copyOf(builder.declarations);
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(builder.names));
        Map<String, Map<String, Declaration>> codes = new LinkedHashMap<>();
        builder.codes.forEach((owner, byName) -> codes.put(owner, Collections.unmodifiableMap(new LinkedHashMap<>(byName))));
        this.codes = Collections.unmodifiableMap(codes);
        List<Reference> sorted = new ArrayList<>(builder.references);
        sorted.sort(BY_PLACE);
        this.references = List.copyOf(sorted);
    }

    /** The table of a guideline being checked, to which the checker adds as it goes. */
    public static Builder builder(String guideline, SourceFile file, Map<String, SymbolTable> others) {
        return new Builder(guideline, file, others);
    }

    /** The id of the guideline. */
    public String guideline() {
        return guideline;
    }

    public SourceFile file() {
        return file;
    }

    /** Everything this file declares, in source order, duplicates included. */
    public List<Declaration> declarations() {
        return declarations;
    }

    /**
     * What the plain name {@code name} means in this guideline's expressions: one of its inputs
     * (its own or, declared elsewhere, one shared through an import), parameters, definitions or
     * outcomes. Where a name is declared twice (an error), the first declaration.
     */
    public Optional<Declaration> declaration(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /**
     * Every plain name of this guideline's expressions with what it means (see {@link
     * #declaration}): the inputs shared through imports, then the guideline's own names in source
     * order. What an editor offers to complete a name.
     */
    public Map<String, Declaration> names() {
        return names;
    }

    /** The declaration of code {@code code} of this guideline's input or outcome {@code owner}. */
    public Optional<Declaration> code(String owner, String code) {
        return Optional.ofNullable(codes.getOrDefault(owner, Map.of()).get(code));
    }

    /** Every reference written in this file, by place. */
    public List<Reference> references() {
        return references;
    }

    /** The reference whose name covers character {@code offset} of the file (0-based), if any. */
    public Optional<Reference> referenceAt(int offset) {
        return references.stream().filter(r -> covers(r.span(), offset)).findFirst();
    }

    /** The declaration whose name covers character {@code offset} of the file (0-based), if any. */
    public Optional<Declaration> declarationAt(int offset) {
        return declarations.stream().filter(d -> covers(d.nameSpan(), offset)).findFirst();
    }

    /**
     * The references in this file to {@code declaration}, which may be another file's: to find
     * every reference, ask the table of each guideline that imports it too.
     */
    public List<Reference> referencesTo(Declaration declaration) {
        return references.stream().filter(r -> r.declaration().equals(declaration)).toList();
    }

    private static boolean covers(SourceSpan span, int offset) {
        return span.start() <= offset && offset < span.end();
    }

    @Override
    public String toString() {
        return "SymbolTable[" + guideline + ": " + declarations.size() + " declarations, " + references.size()
                + " references]";
    }

    /**
     * A guideline's table while the checker fills it: declarations first (so that order in the file
     * does not matter), then each reference as a name is resolved. It resolves names of imported
     * guidelines through their finished tables, tracks which declarations rules use, and which
     * definitions and outcomes are being checked, to find cycles.
     */
    public static final class Builder {
        private final String guideline;
        private final SourceFile file;
        private final Map<String, SymbolTable> others;
        private final List<Declaration> declarations = new ArrayList<>();
        private final Map<String, Declaration> names = new LinkedHashMap<>();
        private final Map<String, Map<String, Declaration>> codes = new LinkedHashMap<>();
        private final Map<String, Declaration> sources = new LinkedHashMap<>();
        private final Map<String, Declaration> aliases = new LinkedHashMap<>();
        private final Map<String, String> imported = new LinkedHashMap<>();
        private final List<Reference> references = new ArrayList<>();
        private final Set<Declaration> used = new HashSet<>();
        private final Deque<String> inProgress = new ArrayDeque<>();

        private Builder(String guideline, SourceFile file, Map<String, SymbolTable> others) {
            this.guideline = guideline;
            this.file = file;
            this.others = others;
        }

        // ---- declarations ----

        /**
         * Declares a name of this guideline. The first declaration of a name is the one references
         * resolve to; a later one (which the checker reports) is kept for the outline only.
         */
        public Declaration declare(SymbolKind kind, String name, String owner, SourceSpan nameSpan, SourceSpan span) {
            Declaration declaration = new Declaration(kind, name, owner, guideline, nameSpan, span);
            declarations.add(declaration);
            if (kind.isValue()) {
                names.putIfAbsent(name, declaration);
            } else if (kind == SymbolKind.CODE) {
                codes.computeIfAbsent(owner, o -> new LinkedHashMap<>()).putIfAbsent(name, declaration);
            } else if (kind == SymbolKind.SOURCE) {
                sources.putIfAbsent(name, declaration);
            }
            return declaration;
        }

        /** Declares {@code alias} for the guideline {@code target}, whose table resolves names written {@code alias.name}. */
        public Declaration declareImport(String alias, String target, SourceSpan nameSpan, SourceSpan span) {
            Declaration declaration = declare(SymbolKind.IMPORT, alias, null, nameSpan, span);
            if (aliases.putIfAbsent(alias, declaration) == null) {
                imported.put(alias, target);
            }
            return declaration;
        }

        /**
         * Makes the input {@code name} of the imported guideline {@code from} a name of this one, as
         * the checker shares inputs; call before this guideline's own declarations, which it shadows.
         */
        public void inherit(String from, String name) {
            table(from).flatMap(t -> t.declaration(name)).ifPresent(d -> names.putIfAbsent(name, d));
        }

        /** This guideline's first declaration of {@code kind} named {@code name}, whatever the name resolves to. */
        public Optional<Declaration> own(SymbolKind kind, String name) {
            return declarations.stream().filter(d -> d.kind() == kind && d.name().equals(name)).findFirst();
        }

        /** See {@link SymbolTable#declaration}. */
        public Optional<Declaration> declaration(String name) {
            return Optional.ofNullable(names.get(name));
        }

        // ---- references ----

        /** Records that the name at {@code at} refers to {@code declaration}. */
        public void refer(SourceSpan at, Declaration declaration) {
            references.add(new Reference(at, declaration));
        }

        /** Records a plain name in an expression or example; empty, recording nothing, when it is not declared. */
        public Optional<Declaration> referToName(String name, SourceSpan at) {
            return recorded(declaration(name), at);
        }

        /** Records a cited source; empty when none has that id. */
        public Optional<Declaration> referToSource(String id, SourceSpan at) {
            return recorded(Optional.ofNullable(sources.get(id)), at);
        }

        /** Records the guideline an import names; empty when it has no table (not checked). */
        public Optional<Declaration> referToGuideline(String id, SourceSpan at) {
            return recorded(table(id).flatMap(t -> t.declarations().stream()
                    .filter(d -> d.kind() == SymbolKind.GUIDELINE).findFirst()), at);
        }

        /** Records the alias of {@code alias.name}; empty when no import has that alias. */
        public Optional<Declaration> referToImport(String alias, SourceSpan at) {
            return recorded(Optional.ofNullable(aliases.get(alias)), at);
        }

        /** Records the {@code name} of {@code alias.name}: the imported guideline's declaration, in its own file. */
        public Optional<Declaration> referToImported(String alias, String name, SourceSpan at) {
            return recorded(Optional.ofNullable(imported.get(alias)).flatMap(this::table)
                    .flatMap(t -> t.declaration(name)), at);
        }

        /**
         * Records code {@code code} of the input or outcome {@code owner} of guideline {@code
         * declaredIn}, which is this one or one it imports (directly or not); empty when unknown.
         */
        public Optional<Declaration> referToCode(String declaredIn, String owner, String code, SourceSpan at) {
            return recorded(declaredIn.equals(guideline)
                    ? Optional.ofNullable(codes.getOrDefault(owner, Map.of()).get(code))
                    : table(declaredIn).flatMap(t -> t.code(owner, code)), at);
        }

        private Optional<Declaration> recorded(Optional<Declaration> found, SourceSpan at) {
            found.ifPresent(d -> refer(at, d));
            return found;
        }

        private Optional<SymbolTable> table(String id) {
            return Optional.ofNullable(others.get(id));
        }

        // ---- use ----

        /** Marks {@code declaration} used by a rule, a definition or a parameter's reader. */
        public void use(Declaration declaration) {
            used.add(declaration);
        }

        /** Whether a rule or definition uses {@code declaration}: unused inputs and parameters get a warning. */
        public boolean used(Declaration declaration) {
            return used.contains(declaration);
        }

        // ---- cycles ----

        /** Marks the definition or outcome {@code name} as being checked, until {@link #end}. */
        public void begin(String name) {
            inProgress.push(name);
        }

        /** Ends the check begun last. */
        public void end() {
            inProgress.pop();
        }

        /** Whether {@code name} is being checked, so that a reference to it now closes a cycle. */
        public boolean inProgress(String name) {
            return inProgress.contains(name);
        }

        /**
         * The cycle a reference to {@code name} closes, from {@code name} through what it is being
         * checked for and back ({@code a → b → a}); empty when {@code name} is not being checked.
         */
        public Optional<List<String>> cycleThrough(String name) {
            if (!inProgress(name)) {
                return Optional.empty();
            }
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (var it = inProgress.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                inCycle |= step.equals(name);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(name);
            return Optional.of(List.copyOf(cycle));
        }

        /** The table as it stands; the builder may go on. */
        public SymbolTable build() {
            return new SymbolTable(this);
        }
    }
}
