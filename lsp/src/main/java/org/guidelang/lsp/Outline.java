package org.guidelang.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.ast.Node;
import org.guidelang.compiler.ast.Text;

/**
 * The outline of a guideline file, from its syntax: the guideline, and inside it its sources,
 * imports, inputs (with their codes), parameters, definitions, constraints, outcomes (tables with
 * their codes and rules, criteria sets with their criteria and outcomes, recommendations),
 * conflicts and examples.
 */
final class Outline {
    private final LineIndex lines;

    private Outline(LineIndex lines) {
        this.lines = lines;
    }

    static List<DocumentSymbol> of(Guideline guideline, LineIndex lines) {
        Outline outline = new Outline(lines);
        List<DocumentSymbol> members = new ArrayList<>();
        for (Member member : guideline.members()) {
            DocumentSymbol symbol = outline.member(member);
            if (symbol != null) {
                members.add(symbol);
            }
        }
        DocumentSymbol root = outline.symbol(guideline.id(), SymbolKind.Module, guideline, "version " + guideline.version().text());
        root.setChildren(members);
        return List.of(root);
    }

    /** The symbol of a member; null for header clauses (title, status, ...), which are no symbols. */
    private DocumentSymbol member(Member member) {
        if (member instanceof Member.Source source) {
            return symbol(source.id(), SymbolKind.Key, source, "source");
        } else if (member instanceof Member.Import imp) {
            return symbol(imp.alias() != null ? imp.alias() : imp.target(), SymbolKind.Namespace, imp,
                    "import " + imp.target().text());
        } else if (member instanceof Member.Input input) {
            return input(input);
        } else if (member instanceof Member.Param param) {
            return symbol(param.id(), SymbolKind.Constant, param, "param = " + param.value().span().text());
        } else if (member instanceof Member.Define define) {
            return symbol(define.id(), SymbolKind.Variable, define, detail("define", define.label()));
        } else if (member instanceof Member.Constraint constraint) {
            return symbol(constraint.id(), SymbolKind.Interface, constraint, "constraint");
        } else if (member instanceof Member.Table table) {
            return table(table);
        } else if (member instanceof Member.CriteriaSet set) {
            return criteria(set);
        } else if (member instanceof Member.Recommendation rec) {
            return symbol(rec.id(), SymbolKind.Event, rec, "recommend");
        } else if (member instanceof Member.Conflict conflict) {
            return symbol(conflict.id(), SymbolKind.Interface, conflict, "conflict");
        } else if (member instanceof Member.Example example) {
            return symbol(example.title().value(), example.title().span(), SymbolKind.Method, example, "example");
        }
        return null;
    }

    private DocumentSymbol input(Member.Input input) {
        if (input.type() instanceof Member.CodeType codes) {
            return withChildren(symbol(input.id(), SymbolKind.Field, input, "input : code"), codes(codes.codes()));
        }
        return symbol(input.id(), SymbolKind.Field, input, "input : " + input.type().span().text());
    }

    private DocumentSymbol table(Member.Table table) {
        List<DocumentSymbol> children = new ArrayList<>(codes(table.codes()));
        for (Member.Rule rule : table.rules()) {
            children.add(symbol("when " + rule.condition().span().text() + " -> " + rule.outcome().text(),
                    rule.condition().span(), SymbolKind.Boolean, rule, "rule"));
        }
        if (table.otherwise() != null) {
            children.add(symbol("otherwise -> " + table.otherwise().outcome().text(), table.otherwise().outcome().span(),
                    SymbolKind.Boolean, table.otherwise(), "rule"));
        }
        return withChildren(symbol(table.id(), SymbolKind.Enum, table, detail("table, hit " + table.policy().text(),
                table.label())), children);
    }

    private DocumentSymbol criteria(Member.CriteriaSet set) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Member.Criterion criterion : set.criteria()) {
            children.add(symbol(criterion.id(), SymbolKind.Boolean, criterion,
                    detail(criterion.relative() ? "relative criterion" : "criterion", criterion.label())));
        }
        for (Member.OutcomeMapping mapping : set.mappings()) {
            children.add(symbol(mapping.code(), SymbolKind.EnumMember, mapping,
                    detail(mapping.kind().keyword(), mapping.label())));
        }
        return withChildren(symbol(set.id(), SymbolKind.Enum, set,
                detail("criteria, " + set.requirement().span().text(), set.label())), children);
    }

    private List<DocumentSymbol> codes(List<Member.CodeDecl> codes) {
        return codes.stream().map(c -> symbol(c.id(), SymbolKind.EnumMember, c, detail("code", c.label()))).toList();
    }

    private static String detail(String what, Text label) {
        return label == null ? what : what + ": " + label.value();
    }

    private static DocumentSymbol withChildren(DocumentSymbol symbol, List<DocumentSymbol> children) {
        symbol.setChildren(children);
        return symbol;
    }

    private DocumentSymbol symbol(Name name, SymbolKind kind, Node node, String detail) {
        return symbol(name.text(), name.span(), kind, node, detail);
    }

    /** The selection range must lie inside the whole range, which a name always does. */
    private DocumentSymbol symbol(String name, org.guidelang.compiler.source.SourceSpan selection, SymbolKind kind,
            Node node, String detail) {
        String shown = name.isBlank() ? "(unnamed)" : name.replaceAll("\\s+", " ");
        return new DocumentSymbol(shown, kind, lines.range(node.span()), lines.range(selection), detail);
    }
}
