package org.guidelang.compiler.model;

import org.guidelang.runtime.Unit;

/** The type of a checked expression. */
public sealed interface Type {

    /** A true/false/unknown condition. */
    record Bool() implements Type {
        @Override
        public String toString() {
            return "true/false";
        }
    }

    /** A number in a unit ({@link Unit#NONE} for plain numbers). */
    record Num(Unit unit) implements Type {
        @Override
        public String toString() {
            return unit == Unit.NONE ? "a number" : "a number in " + unit.symbol();
        }
    }

    /** One code of a code set. */
    record Code(CodeSet codes) implements Type {
        @Override
        public String toString() {
            return "a code of " + codes.owner();
        }
    }

    /** The type of an expression that already produced an error; it matches anything. */
    record Invalid() implements Type {
        @Override
        public String toString() {
            return "invalid";
        }
    }

    Type BOOL = new Bool();
    Type INVALID = new Invalid();

    static Type num(Unit unit) {
        return new Num(unit);
    }
}
