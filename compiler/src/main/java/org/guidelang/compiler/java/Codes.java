package org.guidelang.compiler.java;

import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.runtime.DecisionTableLogic;

/** The code set of an outcome, if it yields codes (a recommendation yields a boolean). */
final class Codes {
    private Codes() {}

    static CodeSet of(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return table.codes();
        }
        if (outcome instanceof CriteriaSet set) {
            return set.codes();
        }
        return null;
    }

    /**
     * Whether sets of the outcome's codes need more than one {@code long}: a table of more than
     * {@value DecisionTableLogic#MAX_LONG_CODES} codes, whose possible codes are a {@code long[]}.
     */
    static boolean wide(Outcome outcome) {
        CodeSet codes = of(outcome);
        return codes != null && codes.codes().size() > DecisionTableLogic.MAX_LONG_CODES;
    }
}
