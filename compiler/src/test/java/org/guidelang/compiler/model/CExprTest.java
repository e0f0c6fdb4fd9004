package org.guidelang.compiler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The one structural walk over checked expressions, and the names an explanation reads. */
class CExprTest {
    private static final CheckedGuideline GUIDELINE = compile("""
            guideline t version 1.0.0 {
              title "t"
              source s "S"
              input ki67 : percent in [0, 100]
              input grade : code { LOW, HIGH }
              input mitoses : count in [0, *)
              param limit = 3% cite s
              define ranged = ki67 in [limit, 20%)
              define above = ki67 in (limit, *)
              define listed = grade not in {LOW, HIGH}
              define mixed = not (ki67 > limit and mitoses * 2 - 1 >= 3) or grade is missing
              define named = ranged or listed
            }
            """);

    private static CheckedGuideline compile(String text) {
        Compilation compilation = GuideCompiler.compile(List.of(new SourceFile("t.guide", text)));
        assertFalse(compilation.hasErrors(), compilation.diagnostics()::toString);
        return compilation.guideline("t").orElseThrow();
    }

    private static CExpr definition(String name) {
        return GUIDELINE.definitions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().value();
    }

    private static List<String> texts(List<CExpr> exprs) {
        return exprs.stream().map(e -> e.span().text()).toList();
    }

    @Test
    void childrenAreEveryDirectSubexpressionInTheOrderWritten() {
        assertEquals(List.of("ki67", "limit", "20%"), texts(definition("ranged").children()));
        assertEquals(List.of("ki67", "limit"), texts(definition("above").children()));
        assertEquals(List.of("grade", "LOW", "HIGH"), texts(definition("listed").children()));
        CExpr mixed = definition("mixed");
        assertEquals(List.of("not (ki67 > limit and mitoses * 2 - 1 >= 3)", "grade is missing"), texts(mixed.children()));
        CExpr and = mixed.children().get(0).children().get(0);
        assertEquals(List.of("ki67 > limit", "mitoses * 2 - 1 >= 3"), texts(and.children()));
        assertEquals(List.of("mitoses * 2 - 1", "3"), texts(and.children().get(1).children()));
        assertEquals(List.of(), definition("named").children().get(0).children()); // a definition is a name
    }

    @Test
    void precedenceFollowsTheGrammar() {
        CExpr mixed = definition("mixed");
        CExpr not = mixed.children().get(0);
        CExpr and = not.children().get(0);
        CExpr compare = and.children().get(1);
        CExpr difference = compare.children().get(0);
        CExpr product = difference.children().get(0);
        assertEquals(List.of(1, 3, 2, 4, 5, 6, 8), List.of(mixed.precedence(), not.precedence(), and.precedence(),
                compare.precedence(), difference.precedence(), product.precedence(),
                product.children().get(0).precedence()));
    }

    @Test
    void anExplanationReadsOperandsAndComparedParametersButNotBoundsOrMembers() {
        assertEquals(List.of("input ki67"), reads(definition("ranged"), true));
        assertEquals(List.of("input grade"), reads(definition("listed"), true));
        assertEquals(List.of("input ki67", "param limit", "input mitoses", "input grade"),
                reads(definition("mixed"), true));
        assertEquals(List.of("definition ranged", "input ki67", "definition listed", "input grade"),
                reads(definition("named"), true));
        assertEquals(List.of("definition ranged", "definition listed"), reads(definition("named"), false));
    }

    private static List<String> reads(CExpr expr, boolean intoDefinitions) {
        List<String> read = new ArrayList<>();
        References.read(expr, new References.Reader() {
            @Override
            public void input(CExpr.InputRef ref) {
                read.add("input " + ref.input().name());
            }

            @Override
            public void param(CExpr.ParamRef ref) {
                read.add("param " + ref.param().name());
            }

            @Override
            public void outcome(CExpr.OutcomeRef ref) {
                read.add("outcome " + ref.display());
            }

            @Override
            public boolean definition(CExpr.DefinitionRef ref) {
                read.add("definition " + ref.definition().name());
                return intoDefinitions;
            }
        });
        return read;
    }
}
