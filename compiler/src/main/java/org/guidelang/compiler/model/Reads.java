package org.guidelang.compiler.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a checked expression reads, through the definitions it names: its inputs and its
 * outcomes, each in the order first read. A constraint may read only inputs (the checker refuses
 * outcomes); its input error shows the values of the inputs it reads.
 */
public record Reads(List<InputDecl> inputs, List<CExpr.OutcomeRef> outcomes) {
    public Reads {
        inputs = List.copyOf(inputs);
        outcomes = List.copyOf(outcomes);
    }

    public static Reads of(CExpr expr) {
        Set<InputDecl> inputs = new LinkedHashSet<>();
        Set<CExpr.OutcomeRef> outcomes = new LinkedHashSet<>();
        walk(expr, inputs, outcomes, new java.util.HashSet<>());
        return new Reads(List.copyOf(inputs), List.copyOf(outcomes));
    }

    private static void walk(CExpr e, Set<InputDecl> inputs, Set<CExpr.OutcomeRef> outcomes, Set<Definition> seen) {
        if (e == null) {
            return; // an open bound of a range
        }
        if (e instanceof CExpr.InputRef i) {
            inputs.add(i.input());
        } else if (e instanceof CExpr.OutcomeRef o) {
            outcomes.add(o);
        } else if (e instanceof CExpr.DefinitionRef d) {
            if (seen.add(d.definition())) {
                walk(d.definition().value(), inputs, outcomes, seen);
            }
        } else if (e instanceof CExpr.And a) {
            walk(a.left(), inputs, outcomes, seen);
            walk(a.right(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.Or o) {
            walk(o.left(), inputs, outcomes, seen);
            walk(o.right(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.Not n) {
            walk(n.operand(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.Compare c) {
            walk(c.left(), inputs, outcomes, seen);
            walk(c.right(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.Arithmetic a) {
            walk(a.left(), inputs, outcomes, seen);
            walk(a.right(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.Negate n) {
            walk(n.operand(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.InRange r) {
            walk(r.operand(), inputs, outcomes, seen);
            walk(r.low(), inputs, outcomes, seen);
            walk(r.high(), inputs, outcomes, seen);
        } else if (e instanceof CExpr.InSet s) {
            walk(s.operand(), inputs, outcomes, seen);
            s.items().forEach(item -> walk(item, inputs, outcomes, seen));
        } else if (e instanceof CExpr.IsKnown k) {
            walk(k.operand(), inputs, outcomes, seen);
        } else if (!(e instanceof CExpr.Const || e instanceof CExpr.ParamRef || e instanceof CExpr.Invalid)) {
            throw new IllegalStateException("a checked expression has no " + e.getClass().getSimpleName());
        }
    }

    /** The names of the inputs read. */
    public List<String> inputNames() {
        return inputs.stream().map(InputDecl::name).toList();
    }
}
