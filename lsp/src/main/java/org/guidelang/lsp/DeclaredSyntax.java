package org.guidelang.lsp;

import java.util.Optional;
import java.util.stream.Stream;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Node;
import org.guidelang.compiler.symbols.Declaration;

/**
 * Finds the syntax a declaration was made from, in the file that declares it: the member for an
 * input, parameter, outcome, source or import, the code or criterion inside one, the guideline
 * itself. A declaration's {@code span} is its node's span, which is how they are matched.
 */
final class DeclaredSyntax {
    private DeclaredSyntax() {}

    static Optional<Node> of(Declaration declaration, Guideline guideline) {
        if (guideline.span().equals(declaration.span())) {
            return Optional.of(guideline);
        }
        return guideline.members().stream().flatMap(DeclaredSyntax::nodes)
                .filter(n -> n.span().equals(declaration.span()))
                .findFirst();
    }

    /** A member and the declared nodes inside it. */
    private static Stream<Node> nodes(Member member) {
        Stream<? extends Node> inner = Stream.empty();
        if (member instanceof Member.Input input && input.type() instanceof Member.CodeType codes) {
            inner = codes.codes().stream();
        } else if (member instanceof Member.Table table) {
            inner = table.codes().stream();
        } else if (member instanceof Member.CriteriaSet set) {
            inner = Stream.concat(set.criteria().stream(), set.mappings().stream());
        }
        return Stream.concat(Stream.of(member), inner);
    }
}
