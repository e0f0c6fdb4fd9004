package org.guidelang.compiler.java;

import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;

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
}
