package org.guidelang.compiler.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Type;
import org.guidelang.compiler.naming.JavaIdentifiers;

/**
 * Writes conditions as plain Java {@code boolean}s for the patients who give every input they read,
 * and whose outcomes they read all have a value. There every comparison is TRUE or FALSE, and
 * Kleene's three-valued {@code and}, {@code or} and {@code not} restricted to TRUE and FALSE are
 * Boolean logic, so the plain expression decides exactly as the {@code Truth} expression of {@link
 * ExpressionWriter} does; the caller tests {@link #guard()} first.
 *
 * <p>Only forms whose two-valued reading is that plain are written: inputs, constants, parameters,
 * definitions (written out in place), code outcomes, comparisons and intervals of doubles,
 * equality and sets of codes, {@code is known} of an input. For any other form (arithmetic on
 * decimals, a boolean outcome) {@link #condition} answers null, and the outcome keeps its
 * three-valued decision alone. One writer serves one outcome, collecting what its guard tests.
 * What it writes reads only the input record and the outcomes passed in ({@link #parameters()}):
 * the decision is a static method, which {@code evaluate} calls without an evaluation.
 */
final class GivenConditions {
    /** Expressions written out in place deeper than this are left to the three-valued decision. */
    private static final int MAX_DEPTH = 64;
    /**
     * Operators and operands one outcome may write in all: definitions are written out in place, so
     * a chain of definitions each reading the last twice would otherwise double at every link.
     */
    private static final int MAX_NODES = 4_000;

    private int nodes;

    private final ExpressionWriter expressions;
    private final CodeBlock inputField;
    /** The inputs read so far, by name: each must be given. */
    private final Map<String, InputDecl> inputs = new LinkedHashMap<>();
    /** The code outcomes read so far, by the display name the conditions give them: each read once, into a local. */
    private final Map<String, CExpr.OutcomeRef> outcomes = new LinkedHashMap<>();
    private final MemberNames names;

    GivenConditions(ExpressionWriter expressions, MemberNames names) {
        this.expressions = expressions;
        this.names = names;
        this.inputField = CodeBlock.of("$L", names.field("input"));
    }

    /** {@code input.portalDrainage() && input.liverInvolvement() < 50.0}, or null when some part has no plain form. */
    CodeBlock condition(CExpr expr) {
        // The whole condition without the parentheses its and/or would have inside another expression.
        if (expr instanceof CExpr.And a) {
            return both(bool(a.left(), 1), "&&", bool(a.right(), 1), false);
        } else if (expr instanceof CExpr.Or o) {
            return both(bool(o.left(), 1), "||", bool(o.right(), 1), false);
        }
        return bool(expr, 0);
    }

    /**
     * The outcomes the conditions written so far read, each once, in the order of {@link
     * #parameters()}: the caller passes their values (null for no value), since the decision is a
     * static method that reads neither an evaluation nor a result.
     */
    List<CExpr.OutcomeRef> outcomesRead() {
        return List.copyOf(outcomes.values());
    }

    /** {@code WhoGrading.Grade whoGrade}: a parameter for each outcome the conditions read. */
    List<ParameterSpec> parameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        outcomes.values().forEach(o -> parameters.add(ParameterSpec.builder(expressions.javaType(o), local(o)).build()));
        return parameters;
    }

    /**
     * {@code input.ki67() == null || whoGrade == null}: true when some condition written so far
     * may be unknown; false means every one of them is TRUE or FALSE. Null when they read nothing
     * that may be missing.
     */
    CodeBlock guard() {
        List<CodeBlock> tests = new ArrayList<>();
        inputs.values().forEach(decl -> tests.add(CodeBlock.of("$L == null", component(decl))));
        outcomes.values().forEach(o -> tests.add(CodeBlock.of("$L == null", local(o))));
        return tests.isEmpty() ? null : CodeBlock.of("$>$>$L$<$<", CodeBlock.join(tests, "\n|| "));
    }

    /** {@code whoGrade}: the local holding an outcome, clear of every other local. */
    private String local(CExpr.OutcomeRef o) {
        String member = MemberNames.outcome(o.outcome());
        String preferred = o.alias() == null ? member
                : JavaIdentifiers.memberName(o.alias() + Character.toUpperCase(member.charAt(0)) + member.substring(1));
        return names.local("given:" + o.display(), preferred);
    }

    private CodeBlock bool(CExpr expr, int depth) {
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            return null;
        }
        int next = depth + 1;
        if (expr instanceof CExpr.Const c && c.value() instanceof Boolean b) {
            return CodeBlock.of("$L", b);
        } else if (expr instanceof CExpr.InputRef i && i.type() instanceof Type.Bool) {
            return CodeBlock.of("$L.booleanValue()", given(i.input()));
        } else if (expr instanceof CExpr.ParamRef p && p.type() instanceof Type.Bool) {
            return expressions.param(p);
        } else if (expr instanceof CExpr.DefinitionRef d && d.type() instanceof Type.Bool) {
            return bool(d.definition().value(), next);
        } else if (expr instanceof CExpr.And a) {
            return both(bool(a.left(), next), "&&", bool(a.right(), next));
        } else if (expr instanceof CExpr.Or o) {
            return both(bool(o.left(), next), "||", bool(o.right(), next));
        } else if (expr instanceof CExpr.Not n) {
            CodeBlock operand = bool(n.operand(), next);
            if (operand == null || operand.toString().equals("true") || operand.toString().equals("false")) {
                return operand == null ? null : CodeBlock.of("$L", operand.toString().equals("false"));
            }
            return CodeBlock.of(operand.toString().startsWith("(") ? "!$L" : "!($L)", operand);
        } else if (expr instanceof CExpr.Compare c) {
            return compare(c, next);
        } else if (expr instanceof CExpr.InRange r) {
            return inRange(r, next);
        } else if (expr instanceof CExpr.InSet s) {
            return inSet(s, next);
        } else if (expr instanceof CExpr.IsKnown k && k.operand() instanceof CExpr.InputRef i) {
            given(i.input());
            return CodeBlock.of("$L", k.known());
        }
        return null;
    }

    /** {@code (a && b)}; a constant side ({@code is known} of a given input) folded away, as Boolean logic allows. */
    private static CodeBlock both(CodeBlock left, String op, CodeBlock right) {
        return both(left, op, right, true);
    }

    private static CodeBlock both(CodeBlock left, String op, CodeBlock right, boolean parenthesized) {
        if (left == null || right == null) {
            return null;
        }
        String absorbing = op.equals("&&") ? "false" : op.equals("||") ? "true" : null;
        String neutral = op.equals("&&") ? "true" : op.equals("||") ? "false" : null;
        if (absorbing != null && (left.toString().equals(absorbing) || right.toString().equals(absorbing))) {
            return CodeBlock.of("$L", absorbing);
        } else if (neutral != null && left.toString().equals(neutral)) {
            return right;
        } else if (neutral != null && right.toString().equals(neutral)) {
            return left;
        }
        return CodeBlock.of(parenthesized ? "($L $L $L)" : "$L $L $L", left, op, right);
    }

    // input.ki67() >= 3.0 (InputValues.number of a given input is its value), or code == Code.X
    private CodeBlock compare(CExpr.Compare c, int depth) {
        String op = switch (c.op()) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case NE -> "!=";
            default -> "==";
        };
        if (c.left().type() instanceof Type.Num) {
            CodeBlock left = number(c.left(), c.unit(), depth);
            CodeBlock right = number(c.right(), c.unit(), depth);
            return left == null || right == null ? null : CodeBlock.of("$L $L $L", left, op, right);
        }
        if (c.left().type() instanceof Type.Bool) {
            return both(bool(c.left(), depth), op, bool(c.right(), depth));
        }
        CodeBlock left = code(c.left(), depth);
        CodeBlock right = code(c.right(), depth);
        if (left == null || right == null || !sameJavaType(c.left(), c.right())) {
            return null;
        }
        return CodeBlock.of("$L $L $L", left, op, right);
    }

    // (x >= 3.0 && x <= 20.0), as Ops.in decides for a known x and known ends
    private CodeBlock inRange(CExpr.InRange r, int depth) {
        CodeBlock x = number(r.operand(), r.unit(), depth);
        CodeBlock low = r.low() == null ? null : number(r.low(), r.unit(), depth);
        CodeBlock high = r.high() == null ? null : number(r.high(), r.unit(), depth);
        if (x == null || (r.low() != null && low == null) || (r.high() != null && high == null)) {
            return null;
        }
        List<CodeBlock> ends = new ArrayList<>();
        if (low != null) {
            ends.add(CodeBlock.of("$L $L $L", x, r.lowClosed() ? ">=" : ">", low));
        }
        if (high != null) {
            ends.add(CodeBlock.of("$L $L $L", x, r.highClosed() ? "<=" : "<", high));
        }
        CodeBlock test = ends.isEmpty() ? CodeBlock.of("true") : CodeBlock.of("($L)", CodeBlock.join(ends, " && "));
        return r.negated() ? CodeBlock.of("!$L", test) : test;
    }

    // (grade == Grade.NET_G1 || grade == Grade.NET_G2)
    private CodeBlock inSet(CExpr.InSet s, int depth) {
        boolean numeric = s.operand().type() instanceof Type.Num;
        CodeBlock x = numeric ? number(s.operand(), s.unit(), depth) : code(s.operand(), depth);
        if (x == null) {
            return null;
        }
        List<CodeBlock> tests = new ArrayList<>();
        for (CExpr item : s.items()) {
            CodeBlock member = numeric ? number(item, s.unit(), depth) : code(item, depth);
            if (member == null || (!numeric && !sameJavaType(s.operand(), item))) {
                return null;
            }
            tests.add(CodeBlock.of("$L == $L", x, member));
        }
        CodeBlock any = tests.isEmpty() ? CodeBlock.of("false") : CodeBlock.of("($L)", CodeBlock.join(tests, " || "));
        return s.negated() ? CodeBlock.of("!$L", any) : any;
    }

    /**
     * A number as a {@code double} in {@code unit}, as {@link ExpressionWriter} writes it for
     * {@code Ops} (exact, see {@code Decimals}); null for a decimal or a form that may be missing
     * when every input is given.
     */
    private CodeBlock number(CExpr expr, org.guidelang.runtime.Unit unit, int depth) {
        if (depth > MAX_DEPTH || expressions.isDecimal(expr) || !plainNumber(expr, depth)) {
            return null;
        } else if (expr instanceof CExpr.DefinitionRef d) {
            // Written out in place: the decision is static, and a definition's method is the evaluation's.
            return number(d.definition().value(), unit, depth + 1);
        } else if (expr instanceof CExpr.Negate n && readsDefinition(n)) {
            return null;
        }
        return expressions.doubleIn(expr, unit);
    }

    private static boolean readsDefinition(CExpr.Negate negated) {
        CExpr operand = negated.operand();
        return operand instanceof CExpr.DefinitionRef || operand instanceof CExpr.Negate n && readsDefinition(n);
    }

    /** Inputs, constants, parameters, their negations and definitions of them: known when the inputs are. */
    private boolean plainNumber(CExpr expr, int depth) {
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            return false;
        } else if (expr instanceof CExpr.InputRef i) {
            given(i.input());
            return true;
        } else if (expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef) {
            return true;
        } else if (expr instanceof CExpr.Negate n) {
            return plainNumber(n.operand(), depth + 1);
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return plainNumber(d.definition().value(), depth + 1);
        }
        return false;
    }

    /** A code as its enum constant: an input, a constant, a code outcome (which must have a value), a definition. */
    private CodeBlock code(CExpr expr, int depth) {
        if (depth > MAX_DEPTH || ++nodes > MAX_NODES || !(expr.type() instanceof Type.Code)) {
            return null;
        } else if (expr instanceof CExpr.InputRef i) {
            return given(i.input());
        } else if (expr instanceof CExpr.Const) {
            return expressions.value(expr);
        } else if (expr instanceof CExpr.OutcomeRef o && Codes.of(o.outcome()) != null) {
            outcomes.putIfAbsent(o.display(), o);
            return CodeBlock.of("$L", local(o));
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return code(d.definition().value(), depth + 1);
        }
        return null;
    }

    private boolean sameJavaType(CExpr left, CExpr right) {
        TypeName l = expressions.javaType(left);
        return l.equals(expressions.javaType(right));
    }

    /** {@code input.ki67()}, recording that the guard must test it. */
    private CodeBlock given(InputDecl decl) {
        inputs.putIfAbsent(decl.name(), decl);
        return component(decl);
    }

    private CodeBlock component(InputDecl decl) {
        return CodeBlock.of("$L.$L()", inputField, MemberNames.input(decl));
    }
}
