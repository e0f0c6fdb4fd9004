package org.guidelang.compiler.check;

import java.util.Collection;
import java.util.Optional;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;

/**
 * What an expression may refer to, as the guideline checker resolves it. Every name it resolves
 * is recorded in the guideline's symbol table, with the declaration it refers to.
 */
interface Scope {

    /**
     * The reference to a declared input, parameter, definition or outcome of this guideline,
     * checking the referred element first if needed; empty when nothing has that name. A cycle
     * is reported by the scope, which then answers an {@link CExpr.Invalid}.
     */
    Optional<CExpr> lookup(Name name);

    /** The guideline imported under {@code alias}, if any. */
    Optional<CheckedGuideline> imported(Name alias);

    /** Records that {@code name} in {@code alias.name} refers to that outcome of the imported guideline. */
    void referToImported(Name alias, Name name);

    /** Records that {@code written} is the code of that name in {@code codes}. */
    void referToCode(CodeSet codes, Name written);

    /** Every name {@link #lookup} knows, for did-you-mean hints. */
    Collection<String> names();

    /** True when {@code name} names an input, parameter, definition or outcome; checks nothing. */
    default boolean declares(String name) {
        return names().contains(name);
    }

    /** The input or outcome of this guideline that declares the code {@code code}, if any. */
    Optional<String> codeSetOf(String code);

    /** Every import alias, for did-you-mean hints. */
    Collection<String> aliases();
}
