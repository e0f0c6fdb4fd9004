package org.guidelang.compiler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidelang.compiler.html.GuidelineVars.ResultRow;
import org.guidelang.compiler.html.GuidelineVars.WorkedCase;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Worked cases are the interpreter's answers, computed when the site is built, failures included. */
class WorkedCasesTest {
    @Test
    void aCaseShowsThePatientTheOutcomeAndTheDecidingSteps() {
        Interpreter milan = new Interpreter(Sites.compile(Sites.SKETCH).analysis("milan_nen"));
        WorkedCase first = WorkedCases.of(milan).get(0);
        assertEquals("NET G2, all five criteria met: eligible", first.title());
        assertTrue(first.passed());
        assertEquals("5%", first.givens().stream().filter(g -> g.name().equals("ki67")).findFirst().orElseThrow().value());
        assertEquals("45 years", first.givens().stream().filter(g -> g.name().equals("age")).findFirst().orElseThrow().value());
        ResultRow grade = first.results().get(0);
        assertEquals("who.grade", grade.outcome());
        assertEquals("NET G2", grade.actual());
        assertEquals(List.of("rules 1, 2 do not hold", "rule 3"), grade.why().stream().map(s -> s.element()).toList());
        assertEquals("differentiation = WELL and (3% ≤ ki67 ≤ 20% or 2 ≤ mitoticCount ≤ 20) → NET G2",
                grade.why().get(1).text());
        assertEquals("differentiation = WELL, ki67 = 5%, mitoticCount = 1", grade.why().get(1).values());
        ResultRow eligibility = first.results().get(1);
        assertEquals("ELIGIBLE", eligibility.actual());
        assertEquals("relative criterion 5", eligibility.why().get(4).element());
    }

    @Test
    void anUndeterminedCaseNamesWhatIsMissing() {
        Interpreter who = new Interpreter(Sites.compile(Sites.SKETCH).analysis("who_grading"));
        WorkedCase missing = WorkedCases.of(who).stream()
                .filter(c -> c.title().startsWith("Ki-67 10% without a mitotic count")).findFirst().orElseThrow();
        assertEquals("undetermined, for want of mitoticCount", missing.results().get(0).actual());
        assertTrue(missing.givens().stream().anyMatch(g -> g.name().equals("mitoticCount") && g.missing()));
    }

    @Test
    void aCaseThatDoesNotHoldIsShownFailingNotHidden() {
        String text = """
                guideline wrong version 1.0.0 {
                  title "Wrong"
                  input x : percent in [0, 100]
                  table t : code { LOW, HIGH } hit first {
                    when x < 50% -> LOW
                    otherwise -> HIGH
                  }
                  example "expects the wrong code" {
                    given x = 10%
                    expect t = HIGH
                  }
                }
                """;
        var compilation = Sites.compileClean(List.of(new SourceFile("wrong.guide", text)));
        WorkedCase failing = WorkedCases.of(new Interpreter(compilation.analysis("wrong"))).get(0);
        assertFalse(failing.passed());
        assertEquals("LOW", failing.results().get(0).actual());
        assertEquals("HIGH", failing.results().get(0).expected());
        String page = HtmlBackend.generate(compilation).get(1).content();
        assertTrue(page.contains("<article id=\"example-1\" class=\"case failed\">"), page);
        assertTrue(page.contains("<span class=\"mark\">✗ expected HIGH</span>"), page);
    }
}
