package org.guidelang.compiler.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * The test oracle of GuideLang's semantics on one <em>complete</em> patient, written apart from
 * the interpreter and the runtime's logic classes: exact decimal arithmetic, Kleene logic (a
 * derived value may still be undefined, as after a division by zero), and the hit policies as
 * docs/language.md §10–§12 state them. {@code recordMissing} names inputs the record lacks, which
 * {@code is known} / {@code is missing} read whatever value a completion gives them.
 *
 * <p>An outcome's value is a code String, a Boolean, or {@link #NONE} when it has none.
 */
final class CompletePatientOracle {
    static final Object NONE = "<no value>";
    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private final Map<String, Object> patient;
    private final Set<String> recordMissing;
    private final Map<String, Object> outcomes = new HashMap<>();

    /** {@code patient}: every input read, BigDecimal (in its unit), Boolean or String code. */
    CompletePatientOracle(Map<String, Object> patient, Set<String> recordMissing) {
        this.patient = patient;
        this.recordMissing = recordMissing;
    }

    Object outcome(CheckedGuideline guideline, Outcome outcome) {
        String key = guideline.id() + "." + outcome.name();
        Object known = outcomes.get(key);
        if (known == null) {
            known = decide(guideline, outcome);
            outcomes.put(key, known);
        }
        return known;
    }

    private Object decide(CheckedGuideline g, Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return table(g, table);
        }
        if (outcome instanceof CriteriaSet set) {
            return criteria(g, set);
        }
        Recommendation rec = (Recommendation) outcome;
        if (rec.condition() == null) {
            return Boolean.TRUE;
        }
        Boolean truth = truth(g, rec.condition());
        return truth == null ? NONE : truth;
    }

    private Object table(CheckedGuideline g, DecisionTable table) {
        java.util.LinkedHashSet<Object> candidates = new java.util.LinkedHashSet<>();
        if (table.policy() == DecisionTable.HitPolicy.FIRST) {
            for (DecisionTable.Rule rule : table.rules()) {
                Boolean truth = truth(g, rule.condition());
                if (Boolean.TRUE.equals(truth)) {
                    candidates.add(rule.code());
                    return candidates.size() == 1 ? rule.code() : NONE;
                }
                if (truth == null) {
                    candidates.add(rule.code());
                }
            }
        } else {
            java.util.LinkedHashSet<Object> holding = new java.util.LinkedHashSet<>();
            for (DecisionTable.Rule rule : table.rules()) {
                Boolean truth = truth(g, rule.condition());
                if (Boolean.TRUE.equals(truth)) {
                    holding.add(rule.code());
                } else if (truth == null) {
                    candidates.add(rule.code());
                }
            }
            if (!holding.isEmpty()) {
                return holding.size() == 1 ? holding.iterator().next() : NONE;
            }
        }
        candidates.add(table.otherwise() == null ? NONE : table.otherwise().code());
        return candidates.size() == 1 ? candidates.iterator().next() : NONE;
    }

    private Object criteria(CheckedGuideline g, CriteriaSet set) {
        int held = 0;
        int unknown = 0;
        Boolean relative = Boolean.TRUE;
        for (CriteriaSet.Criterion criterion : set.criteria()) {
            Boolean truth = truth(g, criterion.condition());
            if (criterion.relative()) {
                relative = and(relative, truth);
            } else if (Boolean.TRUE.equals(truth)) {
                held++;
            } else if (truth == null) {
                unknown++;
            }
        }
        if (held >= set.required()) {
            if (relative == null) {
                return NONE;
            }
            return relative ? set.metCode() : set.exceptionCode();
        }
        return held + unknown < set.required() ? set.unmetCode() : NONE;
    }

    /**
     * Whether no constraint of {@code g} (its imports' included) is false for this patient: a
     * constraint that is unknown (an input it reads is missing) does not refuse it.
     */
    boolean satisfiesConstraints(CheckedGuideline g) {
        for (Constraint constraint : g.constraints()) {
            if (Boolean.FALSE.equals(truth(g, constraint.condition()))) {
                return false;
            }
        }
        return true;
    }

    /** A condition's truth: TRUE, FALSE or null (unknown). */
    Boolean truth(CheckedGuideline g, CExpr expr) {
        Object value = value(g, expr);
        return value == null || value == NONE ? null : (Boolean) value;
    }

    /** A value: Boolean, BigDecimal, String code, or null when undefined. */
    private Object value(CheckedGuideline g, CExpr expr) {
        if (expr instanceof CExpr.Const c) {
            return constant(c.value());
        } else if (expr instanceof CExpr.InputRef i) {
            return patient.get(i.input().name());
        } else if (expr instanceof CExpr.ParamRef p) {
            return constant(p.param().value());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return value(g, d.definition().value());
        } else if (expr instanceof CExpr.OutcomeRef o) {
            CheckedGuideline owner = owner(g, o.guideline());
            Object v = outcome(owner, o.outcome());
            return v == NONE ? null : v;
        } else if (expr instanceof CExpr.And a) {
            return and(truth(g, a.left()), truth(g, a.right()));
        } else if (expr instanceof CExpr.Or o) {
            Boolean l = truth(g, o.left());
            Boolean r = truth(g, o.right());
            return Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r) ? Boolean.TRUE
                    : l == null || r == null ? null : Boolean.FALSE;
        } else if (expr instanceof CExpr.Not n) {
            Boolean v = truth(g, n.operand());
            return v == null ? null : !v;
        } else if (expr instanceof CExpr.Compare c) {
            return compare(g, c);
        } else if (expr instanceof CExpr.Arithmetic a) {
            return arithmetic(g, a);
        } else if (expr instanceof CExpr.Negate n) {
            BigDecimal v = (BigDecimal) value(g, n.operand());
            return v == null ? null : v.negate();
        } else if (expr instanceof CExpr.InRange r) {
            BigDecimal x = number(g, r.operand(), r.unit());
            BigDecimal lo = r.low() == null ? null : number(g, r.low(), r.unit());
            BigDecimal hi = r.high() == null ? null : number(g, r.high(), r.unit());
            if (x == null || (r.low() != null && lo == null) || (r.high() != null && hi == null)) {
                return null;
            }
            boolean inside = (lo == null || (r.lowClosed() ? x.compareTo(lo) >= 0 : x.compareTo(lo) > 0))
                    && (hi == null || (r.highClosed() ? x.compareTo(hi) <= 0 : x.compareTo(hi) < 0));
            return inside != r.negated();
        } else if (expr instanceof CExpr.InSet s) {
            boolean numeric = s.operand().type() instanceof Type.Num;
            Object x = numeric ? number(g, s.operand(), s.unit()) : value(g, s.operand());
            if (x == null) {
                return null;
            }
            Boolean any = Boolean.FALSE;
            for (CExpr item : s.items()) {
                Object v = numeric ? number(g, item, s.unit()) : value(g, item);
                Boolean eq = v == null ? null : numeric ? ((BigDecimal) x).compareTo((BigDecimal) v) == 0 : x.equals(v);
                any = Boolean.TRUE.equals(any) || Boolean.TRUE.equals(eq) ? Boolean.TRUE
                        : any == null || eq == null ? null : Boolean.FALSE;
            }
            return any == null ? null : any != s.negated();
        } else if (expr instanceof CExpr.IsKnown k) {
            boolean known = k.operand() instanceof CExpr.InputRef i ? !recordMissing.contains(i.input().name())
                    : value(g, k.operand()) != null;
            return known == k.known();
        } else if (expr instanceof CExpr.Invalid) {
            throw new IllegalStateException("invalid expression in a checked guideline");
        }
        throw new IllegalStateException("unknown expression " + expr);
    }

    private static Boolean and(Boolean l, Boolean r) {
        return Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r) ? Boolean.FALSE
                : l == null || r == null ? null : Boolean.TRUE;
    }

    private Object compare(CheckedGuideline g, CExpr.Compare c) {
        String op = c.op().name();
        if (c.left().type() instanceof Type.Num) {
            BigDecimal l = number(g, c.left(), c.unit());
            BigDecimal r = number(g, c.right(), c.unit());
            if (l == null || r == null) {
                return null;
            }
            int cmp = l.compareTo(r);
            return switch (op) {
                case "LT" -> cmp < 0;
                case "LE" -> cmp <= 0;
                case "GT" -> cmp > 0;
                case "GE" -> cmp >= 0;
                case "NE" -> cmp != 0;
                default -> cmp == 0;
            };
        }
        Object l = value(g, c.left());
        Object r = value(g, c.right());
        if (l == null || r == null) {
            return null;
        }
        return op.equals("NE") != l.equals(r);
    }

    private Object arithmetic(CheckedGuideline g, CExpr.Arithmetic a) {
        Unit result = ((Type.Num) a.type()).unit();
        Unit leftUnit = ((Type.Num) a.left().type()).unit();
        String op = a.op().name();
        BigDecimal x;
        BigDecimal y;
        if (op.equals("ADD") || op.equals("SUB")) {
            x = number(g, a.left(), result);
            y = number(g, a.right(), result);
        } else if (op.equals("DIV") && result == Unit.NONE && leftUnit != Unit.NONE) {
            x = (BigDecimal) value(g, a.left());
            y = number(g, a.right(), leftUnit);
        } else {
            x = (BigDecimal) value(g, a.left());
            y = (BigDecimal) value(g, a.right());
        }
        if (x == null || y == null) {
            return null;
        }
        return switch (op) {
            case "ADD" -> x.add(y);
            case "SUB" -> x.subtract(y);
            case "MUL" -> x.multiply(y);
            default -> y.signum() == 0 ? null : x.divide(y, DIVISION);
        };
    }

    /** {@code expr}'s number expressed exactly in {@code unit}. */
    private BigDecimal number(CheckedGuideline g, CExpr expr, Unit unit) {
        BigDecimal v = (BigDecimal) value(g, expr);
        if (v == null) {
            return null;
        }
        Unit from = ((Type.Num) expr.type()).unit();
        return convert(v, from, unit);
    }

    static BigDecimal convert(BigDecimal v, Unit from, Unit to) {
        if (from == to || from == Unit.NONE || to == Unit.NONE || !from.convertibleTo(to)) {
            return v;
        }
        BigDecimal numerator = v.multiply(new BigDecimal(from.factor()));
        BigDecimal denominator = new BigDecimal(to.factor());
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException e) {
            return numerator.divide(denominator, new MathContext(60, RoundingMode.HALF_EVEN));
        }
    }

    private static Object constant(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : value;
    }

    private static CheckedGuideline owner(CheckedGuideline g, String id) {
        if (g.id().equals(id)) {
            return g;
        }
        for (CheckedGuideline.ImportRef imported : g.imports()) {
            CheckedGuideline found = find(imported.guideline(), id);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("no guideline " + id + " under " + g.id());
    }

    private static CheckedGuideline find(CheckedGuideline g, String id) {
        if (g.id().equals(id)) {
            return g;
        }
        for (CheckedGuideline.ImportRef imported : g.imports()) {
            CheckedGuideline found = find(imported.guideline(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
