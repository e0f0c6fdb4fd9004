package org.guidelang.compiler.model;

/**
 * The names an expression reads, as an explanation lists them: its inputs, parameters and
 * outcomes, and its definitions (read on into their values or not, as the reader says), but not
 * the bounds of an interval nor the members of a set, which the condition's own text shows.
 * The interpreter's explanation, the generated evaluators' and the site's table columns read
 * expressions this one way.
 */
public final class References implements CExpr.Visitor<Void> {
    /** What to do with each name read. */
    public interface Reader {
        void input(CExpr.InputRef ref);

        void param(CExpr.ParamRef ref);

        void outcome(CExpr.OutcomeRef ref);

        /** Takes a definition; answers whether to read on into its value. */
        boolean definition(CExpr.DefinitionRef ref);
    }

    private final Reader reader;

    private References(Reader reader) {
        this.reader = reader;
    }

    /** Gives {@code reader} each name {@code expr} reads, in the order written. */
    public static void read(CExpr expr, Reader reader) {
        expr.accept(new References(reader));
    }

    private Void children(CExpr e) {
        for (CExpr child : e.children()) {
            child.accept(this);
        }
        return null;
    }

    @Override
    public Void constant(CExpr.Const e) {
        return null;
    }

    @Override
    public Void input(CExpr.InputRef e) {
        reader.input(e);
        return null;
    }

    @Override
    public Void param(CExpr.ParamRef e) {
        reader.param(e);
        return null;
    }

    @Override
    public Void definition(CExpr.DefinitionRef e) {
        return reader.definition(e) ? e.definition().value().accept(this) : null;
    }

    @Override
    public Void outcome(CExpr.OutcomeRef e) {
        reader.outcome(e);
        return null;
    }

    @Override
    public Void and(CExpr.And e) {
        return children(e);
    }

    @Override
    public Void or(CExpr.Or e) {
        return children(e);
    }

    @Override
    public Void not(CExpr.Not e) {
        return children(e);
    }

    @Override
    public Void compare(CExpr.Compare e) {
        return children(e);
    }

    @Override
    public Void arithmetic(CExpr.Arithmetic e) {
        return children(e);
    }

    @Override
    public Void negate(CExpr.Negate e) {
        return children(e);
    }

    /** The operand only: the bounds are in the condition's text. */
    @Override
    public Void inRange(CExpr.InRange e) {
        return e.operand().accept(this);
    }

    /** The operand only: the members are in the condition's text. */
    @Override
    public Void inSet(CExpr.InSet e) {
        return e.operand().accept(this);
    }

    @Override
    public Void isKnown(CExpr.IsKnown e) {
        return children(e);
    }

    /** Nothing: an invalid expression never reaches a reader (its compilation had errors). */
    @Override
    public Void invalid(CExpr.Invalid e) {
        return null;
    }
}
