package org.guidelang.compiler.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A guideline after semantic analysis: the single thing every back end reads. Inputs include
 * those inherited through imports (first), since an importing guideline reads the same patient;
 * so do constraints, since they are about that patient. {@code packageName} is the Java package
 * of its {@code package} clause, or null without one; {@code conflicts} are its {@code conflict}
 * declarations, which no back end evaluates.
 */
public record CheckedGuideline(
        String id,
        String version,
        String title,
        String status,
        List<String> authors,
        String committee,
        LocalDate issued,
        LocalDate updated,
        String description,
        List<SourceRef> sources,
        List<ImportRef> imports,
        List<InputDecl> inputs,
        List<ParamDecl> params,
        List<Definition> definitions,
        List<Outcome> outcomes,
        List<ExampleCase> examples,
        SourceSpan span,
        String packageName,
        List<Constraint> constraints,
        List<Conflict> conflicts) {
    public CheckedGuideline {
        constraints = List.copyOf(constraints);
        authors = List.copyOf(authors);
        sources = List.copyOf(sources);
        imports = List.copyOf(imports);
        inputs = List.copyOf(inputs);
        params = List.copyOf(params);
        definitions = List.copyOf(definitions);
        outcomes = List.copyOf(outcomes);
        examples = List.copyOf(examples);
        conflicts = List.copyOf(conflicts);
    }

    /** A guideline without constraints or {@code conflict} declarations. */
    public CheckedGuideline(String id, String version, String title, String status, List<String> authors,
            String committee, LocalDate issued, LocalDate updated, String description, List<SourceRef> sources,
            List<ImportRef> imports, List<InputDecl> inputs, List<ParamDecl> params, List<Definition> definitions,
            List<Outcome> outcomes, List<ExampleCase> examples, SourceSpan span, String packageName) {
        this(id, version, title, status, authors, committee, issued, updated, description, sources, imports, inputs,
                params, definitions, outcomes, examples, span, packageName, List.of(), List.of());
    }

    /** A guideline without a {@code package} clause. */
    public CheckedGuideline(String id, String version, String title, String status, List<String> authors,
            String committee, LocalDate issued, LocalDate updated, String description, List<SourceRef> sources,
            List<ImportRef> imports, List<InputDecl> inputs, List<ParamDecl> params, List<Definition> definitions,
            List<Outcome> outcomes, List<ExampleCase> examples, SourceSpan span) {
        this(id, version, title, status, authors, committee, issued, updated, description, sources, imports, inputs,
                params, definitions, outcomes, examples, span, null, List.of(), List.of());
    }

    /** An import: the imported guideline under the alias this guideline refers to it by. */
    public record ImportRef(String alias, CheckedGuideline guideline) {}

    public Optional<Outcome> outcome(String name) {
        return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public Optional<InputDecl> input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** Constraints declared by this guideline itself, not inherited. */
    public List<Constraint> ownConstraints() {
        return constraints.stream().filter(c -> c.guideline().equals(id)).toList();
    }

    /** Inputs declared by this guideline itself, not inherited. */
    public List<InputDecl> ownInputs() {
        return inputs.stream().filter(i -> i.guideline().equals(id)).toList();
    }
}
