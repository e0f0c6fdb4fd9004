package org.guidelang.compiler.java;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * Random patients for a guideline, biased to where decisions change: every input is missing
 * one time in five; numbers are drawn mostly from the guideline's thresholds (every constant and
 * parameter, in every unit the input can be compared in), a hair either side of them, and the
 * ends of the input's range. Seeded, so a failure can be replayed.
 */
final class RandomPatients {
    private final List<InputSpec> inputs = new ArrayList<>();
    private final Map<String, double[]> candidates = new LinkedHashMap<>();
    private final Random random;

    RandomPatients(CheckedGuideline guideline, long seed) {
        this.random = new Random(seed);
        List<double[]> constants = new ArrayList<>();
        collectAll(guideline, constants, new java.util.HashSet<>());
        for (InputDecl decl : guideline.inputs()) {
            inputs.add(decl.spec());
            if (decl.spec().isNumeric()) {
                candidates.put(decl.name(), thresholds(decl.spec(), constants));
            }
        }
    }

    /** One patient as a JSON-like map: Double, Boolean or code String; a missing input is absent. */
    Map<String, Object> next() {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (InputSpec spec : inputs) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            patient.put(spec.name(), value(spec));
        }
        return patient;
    }

    /** One patient who gives every input, drawn as {@link #next} draws the values. */
    Map<String, Object> nextComplete() {
        Map<String, Object> patient = new LinkedHashMap<>();
        for (InputSpec spec : inputs) {
            patient.put(spec.name(), value(spec));
        }
        return patient;
    }

    private Object value(InputSpec spec) {
        switch (spec.kind()) {
            case BOOLEAN:
                return random.nextBoolean();
            case CODE:
                return spec.codes().get(random.nextInt(spec.codes().size()));
            default:
                double[] near = candidates.get(spec.name());
                if (near.length > 0 && random.nextInt(4) != 0) {
                    return near[random.nextInt(near.length)];
                }
                return uniform(spec);
        }
    }

    private double uniform(InputSpec spec) {
        Range range = spec.range();
        double lo = range.hasLowerBound() ? range.lo() : -1000;
        double hi = range.hasUpperBound() ? range.hi() : Math.max(lo, 0) + 1000;
        for (int attempt = 0; attempt < 20; attempt++) {
            double x = lo + random.nextDouble() * (hi - lo);
            if (spec.isWholeNumber()) {
                x = Math.rint(x);
            } else if (random.nextBoolean()) {
                x = Math.rint(x * 10) / 10; // a clinician's one decimal
            }
            if (range.contains(x)) {
                return x;
            }
        }
        return range.hasLowerBound() ? range.lo() + (range.loClosed() ? 0 : 1) : 0;
    }

    /** Each constant in the input's unit, a hair either side, and the range ends, all inside the range. */
    private static double[] thresholds(InputSpec spec, List<double[]> constants) {
        TreeSet<Double> values = new TreeSet<>();
        Unit unit = spec.unit();
        for (double[] constant : constants) {
            Unit from = Unit.values()[(int) constant[1]];
            double v = constant[0];
            values.add(v);
            if (Unit.converts(from, unit)) {
                values.add(from.convert(v, unit)); // the double nearest the exact conversion
            }
        }
        Range range = spec.range();
        if (range.hasLowerBound()) {
            values.add(range.lo());
        }
        if (range.hasUpperBound()) {
            values.add(range.hi());
        }
        TreeSet<Double> near = new TreeSet<>();
        for (double v : values) {
            double eps = 1e-9 * Math.max(1, Math.abs(v));
            for (double x : new double[] {v, v - eps, v + eps, Math.nextDown(v), Math.nextUp(v), v - 1, v + 1}) {
                if (spec.isWholeNumber()) {
                    x = Math.rint(x);
                }
                if (range.contains(x)) {
                    near.add(x);
                }
            }
        }
        return near.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every numeric constant and parameter of a guideline and its imports: {value, unit ordinal}. */
    private static void collectAll(CheckedGuideline guideline, List<double[]> out, java.util.Set<String> seen) {
        if (!seen.add(guideline.id())) {
            return;
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            collectAll(imported.guideline(), out, seen);
        }
        for (ParamDecl param : guideline.params()) {
            if (param.value() instanceof BigDecimal d) {
                out.add(new double[] {d.doubleValue(), ((Type.Num) param.type()).unit().ordinal()});
            }
        }
        for (Definition definition : guideline.definitions()) {
            collect(definition.value(), out);
        }
        for (Outcome outcome : guideline.outcomes()) {
            if (outcome instanceof DecisionTable table) {
                table.rules().forEach(r -> collect(r.condition(), out));
            } else if (outcome instanceof CriteriaSet set) {
                set.criteria().forEach(c -> collect(c.condition(), out));
            } else if (((Recommendation) outcome).condition() != null) {
                collect(((Recommendation) outcome).condition(), out);
            }
        }
    }

    private static void collect(CExpr expr, List<double[]> out) {
        if (expr instanceof CExpr.Const c && c.value() instanceof BigDecimal d) {
            out.add(new double[] {d.doubleValue(), ((Type.Num) c.type()).unit().ordinal()});
        } else if (expr instanceof CExpr.And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (expr instanceof CExpr.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (expr instanceof CExpr.Not n) {
            collect(n.operand(), out);
        } else if (expr instanceof CExpr.Compare c) {
            collect(c.left(), out);
            collect(c.right(), out);
        } else if (expr instanceof CExpr.Arithmetic a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (expr instanceof CExpr.Negate n) {
            collect(n.operand(), out);
        } else if (expr instanceof CExpr.InRange r) {
            collect(r.operand(), out);
            if (r.low() != null) {
                collect(r.low(), out);
            }
            if (r.high() != null) {
                collect(r.high(), out);
            }
        } else if (expr instanceof CExpr.InSet s) {
            collect(s.operand(), out);
            s.items().forEach(i -> collect(i, out));
        } else if (expr instanceof CExpr.IsKnown k) {
            collect(k.operand(), out);
        }
    }
}
