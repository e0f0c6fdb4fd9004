package org.guidelang.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of change, in the words and with the version bump the differ gives it. */
class GuidelineDiffTest {

    @Test
    void identicalVersionsHaveNoDifference() {
        GuidelineDiff.Report report = Demo.diff(Demo.V1, Demo.V1);
        assertTrue(report.same());
        assertEquals(List.of("demo 1.0.0 → 1.0.0: no changes"), report.lines());
    }

    @Test
    void layoutAndCommentsAreNoDifference() {
        String relaid = Demo.v1With("  define high = ki67 > limit", "  // the threshold\n  define high =\n    ki67>limit");
        assertTrue(Demo.diff(Demo.V1, relaid).same());
    }

    @Test
    void aChangedThresholdIsMajorAndSaysBothValues() {
        assertEquals(List.of("patch version: 1.0.0 → 2.0.0", "major parameter limit: 20% → 10%"),
                Demo.diff(Demo.V1, Demo.v1With("param limit = 20%", "param limit = 10%")
                        .replace("version 1.0.0", "version 2.0.0")).changes().stream()
                        .map(c -> c.bump().word() + " " + c.line()).toList());
    }

    @Test
    void inputs() {
        assertEquals(List.of("major input ki67: range [0, 100] → [0, 50] (narrowed: some values valid before are now refused)"),
                Demo.lines("in [0, 100]", "in [0, 50]"));
        assertEquals(List.of("minor input ki67: range [0, 100] → [0, 150] (widened: every value valid before stays valid)"),
                Demo.lines("in [0, 100]", "in [0, 150]"));
        assertEquals(List.of("minor input grade: codes added: MID"),
                Demo.lines("HIGH \"High\" }", "HIGH \"High\", MID }"));
        assertEquals(List.of("major input grade: codes removed: MID"),
                Demo.diff(Demo.v1With("HIGH \"High\" }", "HIGH \"High\", MID }"), Demo.V1).changes().stream()
                        .map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("patch input ki67 description: \"Ki-67\" → \"Ki-67 index\""),
                Demo.lines("\"Ki-67\"\n", "\"Ki-67 index\"\n"));
        assertEquals(List.of("major input extra: type boolean → years in [0, *)"),
                Demo.diff(Demo.v1With("  input grade", "  input extra : boolean\n  input grade"),
                        Demo.v1With("  input grade", "  input extra : years\n  input grade")).changes().stream()
                        .map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("minor added input age: years in [0, 120]"),
                Demo.lines("  input grade", "  input age : years in [0, 120]\n  input grade"));
    }

    @Test
    void constraints() {
        String constrained = Demo.v1With("  define high", "  constraint lowGradeLowKi \"A low grade has a Ki-67 below 90%.\" :\n"
                + "    grade != LOW or ki67 < 90% cite s at \"p. 1\"\n\n  define high");
        // A new constraint refuses only records that contradict themselves: minor.
        assertEquals(List.of("minor added constraint lowGradeLowKi: grade != LOW or ki67 < 90%"),
                Demo.diff(Demo.V1, constrained).changes().stream().map(c -> c.bump().word() + " " + c.line()).toList());
        // Removing one lets such records through, and answers it decided may open again: major.
        assertEquals(List.of("major removed constraint lowGradeLowKi: grade != LOW or ki67 < 90%"),
                Demo.diff(constrained, Demo.V1).changes().stream().map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("major constraint lowGradeLowKi: grade != LOW or ki67 < 90% → grade != LOW or ki67 < 80%",
                "patch constraint lowGradeLowKi rationale: \"A low grade has a Ki-67 below 90%.\" → \"Below 80%.\""),
                Demo.diff(constrained, constrained.replace("ki67 < 90%", "ki67 < 80%")
                        .replace("A low grade has a Ki-67 below 90%.", "Below 80%.")).changes().stream()
                        .map(c -> c.bump().word() + " " + c.line()).toList());
    }

    @Test
    void rulesAreMatchedByPositionAndOutcome() {
        assertEquals(List.of("major table band rule 2 condition: grade = HIGH → grade = LOW"),
                Demo.lines("when grade = HIGH -> B", "when grade = LOW -> B"));
        assertEquals(List.of("major table band rule 1 outcome: A → B"), Demo.lines("when high -> A", "when high -> B"));
        assertEquals(List.of("major added table band rule 2: when ki67 > 40% -> B"),
                Demo.lines("    when grade = HIGH", "    when ki67 > 40% -> B\n    when grade = HIGH"));
        assertEquals(List.of("major removed table band rule 2: when grade = HIGH -> B"),
                Demo.lines("    when grade = HIGH -> B\n", ""));
        assertEquals(List.of("major table band otherwise: C → B"), Demo.lines("otherwise -> C", "otherwise -> B"));
        assertEquals(List.of("major table band hit policy: first → unique"), Demo.lines("hit first", "hit unique")
                .subList(0, 1));
        assertEquals(List.of("patch table band citation: s → s, Table 2"), Demo.lines("} cite s\n  criteria",
                "} cite s at \"Table 2\"\n  criteria"));
    }

    @Test
    void aLiteralReplacedByAParameterOfTheSameValueIsAPatch() {
        String literal = Demo.v1With("ki67 < 50%", "ki67 < 50%").replace("  param limit = 20% cite s\n",
                "  param limit = 20% cite s\n  param upper = 50% cite s\n").replace("ki67 < 50%", "ki67 < 50%");
        String named = literal.replace("ki67 < 50%", "ki67 < upper");
        String lowered = literal.replace("ki67 < 50%", "ki67 < limit");
        assertEquals(List.of("patch criteria ok criterion lowKi: ki67 < 50% → ki67 < upper (same values: the parameters "
                + "stand for what was written)"), Demo.diff(literal, named).changes().stream()
                .map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("major criteria ok criterion lowKi: ki67 < 50% → ki67 < limit"),
                Demo.diff(literal, lowered).changes().stream().map(c -> c.bump().word() + " " + c.line()).toList());
    }

    @Test
    void aChangedOutcomeCodeSetIsMajor() {
        assertEquals(List.of("major table band: outcome codes added: D"), Demo.lines("code { A, B, C }", "code { A, B, C, D }"));
        assertEquals(List.of("patch table band label: \"Band\" → \"Ki-67 band\""), Demo.lines("\"Band\"", "\"Ki-67 band\""));
    }

    @Test
    void definitionsCriteriaAndRecommendations() {
        assertEquals(List.of("major definition high: ki67 > limit → ki67 >= limit"),
                Demo.lines("define high = ki67 > limit", "define high = ki67 >= limit"));
        assertEquals(List.of("major criteria ok criterion lowKi: ki67 < 50% → ki67 < 40%"),
                Demo.lines("ki67 < 50%", "ki67 < 40%"));
        assertEquals(List.of("major criteria ok requirement: all → any"), Demo.lines("require all", "require any"));
        assertEquals(List.of("patch recommendation act text: \"Act.\" → \"Act now.\"",
                "minor recommendation act strength: strong → conditional",
                "minor recommendation act evidence: low → moderate"),
                Demo.lines("\"Act.\" when band = A strength strong evidence low",
                        "\"Act now.\" when band = A strength conditional evidence moderate"));
        assertEquals(List.of("major recommendation act condition: band = A → band in {A, B}"),
                Demo.lines("when band = A", "when band in {A, B}"));
    }

    @Test
    void anAddedRemovedOrRestatedConflictIsMinor() {
        String conflict = "  conflict bothActAndC \"Acting excludes band C.\" : act and band = C cite s\n";
        String declared = Demo.v1With("  example \"high", conflict + "\n  example \"high");
        assertEquals(List.of("minor added conflict bothActAndC: act and band = C"), Demo.diff(Demo.V1, declared)
                .changes().stream().map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("minor removed conflict bothActAndC: act and band = C"), Demo.diff(declared, Demo.V1)
                .changes().stream().map(c -> c.bump().word() + " " + c.line()).toList());
        assertEquals(List.of("minor conflict bothActAndC: act and band = C → act and band in {B, C}",
                "patch conflict bothActAndC rationale: \"Acting excludes band C.\" → \"Acting excludes bands B and C.\"",
                "patch conflict bothActAndC citation: s → s, p. 2"),
                Demo.diff(declared, declared.replace("excludes band C.\" : act and band = C cite s",
                        "excludes bands B and C.\" : act and band in {B, C} cite s at \"p. 2\"")).changes().stream()
                        .map(c -> c.bump().word() + " " + c.line()).toList());
    }

    @Test
    void headerSourcesAndExamples() {
        assertEquals(List.of("patch title: \"Demo\" → \"Demo guideline\"", "patch status: draft → active"),
                Demo.lines("title \"Demo\"\n  status draft", "title \"Demo guideline\"\n  status active"));
        assertEquals(List.of("patch Java package: none → org.example.nen"),
                Demo.lines("title \"Demo\"", "title \"Demo\"\n  package org.example.nen"));
        assertEquals(List.of("patch source s doi: none → 10.1000/xyz"), Demo.lines("source s \"Source S\"",
                "source s \"Source S\" doi \"10.1000/xyz\""));
        assertEquals(List.of("patch removed example \"middle Ki-67\""),
                Demo.lines(Demo.V1.substring(Demo.V1.indexOf("  example \"middle"), Demo.V1.lastIndexOf("}")), ""));
    }

    @Test
    void aLongTextChangeShowsTheDifferingPart() {
        String before = "The committee reads the table as written in the paper, including its second footnote on grading.";
        String after = "The committee reads the table as written in the paper, excluding its second footnote on grading.";
        Changes changes = new Changes();
        changes.text("description", before, after, Bump.PATCH);
        assertEquals("description: text changed: \"…as written in the paper, [including → excluding] its "
                + "second footnote on grading.\"", changes.list().get(0).line());
    }

    @Test
    void aTextLaidOutAnewIsSaidToHaveTheSameWords() {
        String before = "The committee reads the table as written in the paper. Readings chosen: (1) the gap is NEC G3.";
        String after = "The committee reads the table as written in the paper.\n\nReadings chosen:\n(1) the gap is NEC G3.";
        Changes changes = new Changes();
        changes.text("description", before, after, Bump.PATCH);
        assertEquals("description: laid out anew (lines or paragraphs), the same words", changes.list().get(0).line());
        assertEquals(Bump.PATCH, changes.list().get(0).bump());
    }
}
