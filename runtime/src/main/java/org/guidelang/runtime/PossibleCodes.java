package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The codes an undetermined outcome can still take, as bits over its code list (bit {@code i}:
 * code {@code i}), and the Kleene truth of a membership test over them: {@code x in S} is TRUE
 * when every code still possible for {@code x} lies in {@code S}, FALSE when none does, else
 * UNKNOWN. Equality {@code x = A} is membership in {@code {A}}; {@code !=} and {@code not in} are
 * its negation. {@code 0} stands for "nothing known" (the outcome might stay undetermined), which
 * leaves every test UNKNOWN. The truth methods do not allocate.
 */
public final class PossibleCodes {
    /** Nothing is known about the codes still possible. */
    public static final long UNKNOWN = 0L;

    private PossibleCodes() {}

    /**
     * {@code known} when it is not UNKNOWN (the operand was determined); otherwise the truth of
     * membership in {@code members} over the {@code possible} codes.
     */
    public static Truth in(Truth known, long possible, long members) {
        if (known != Truth.UNKNOWN || possible == UNKNOWN) {
            return known;
        }
        if ((possible & ~members) == 0L) {
            return Truth.TRUE;
        }
        return (possible & members) == 0L ? Truth.FALSE : Truth.UNKNOWN;
    }

    /**
     * {@link #in(Truth, long, long)} for an outcome of more than 63 codes: sets as words of 64
     * bits (see {@link DecisionTableLogic#possibleCodes}); {@code possible} null or empty when
     * nothing is known.
     */
    public static Truth in(Truth known, long[] possible, long[] members) {
        if (known != Truth.UNKNOWN || possible == null || CodeBits.count(possible) == 0) {
            return known;
        }
        boolean inside = true;
        boolean outside = true;
        for (int i = 0; i < possible.length; i++) {
            long member = i < members.length ? members[i] : 0L;
            inside &= (possible[i] & ~member) == 0L;
            outside &= (possible[i] & member) == 0L;
        }
        return inside ? Truth.TRUE : outside ? Truth.FALSE : Truth.UNKNOWN;
    }

    /** The codes of {@code codes} whose bits are set, in code order. */
    public static List<String> names(long possible, List<String> codes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if ((possible & (1L << i)) != 0L) {
                names.add(codes.get(i));
            }
        }
        return names;
    }

    /** {@link #names(long, List)} for an outcome of more than 63 codes; {@code possible} may be null. */
    public static List<String> names(long[] possible, List<String> codes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (possible != null && CodeBits.has(possible, i)) {
                names.add(codes.get(i));
            }
        }
        return names;
    }

    /** {@link #shown(CodeValue, long, CodeValue[])} for an outcome of more than 63 codes. */
    public static Object shown(CodeValue value, long[] possible, CodeValue[] codes) {
        if (value != null) {
            return value;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            if (possible != null && CodeBits.has(possible, i)) {
                names.add(codes[i].code());
            }
        }
        return shown(names);
    }

    /**
     * How an explanation shows an outcome's value: the value itself when determined; when
     * undetermined, its possible codes as {@code "NET_G3 or NEC_G3"}, or null when nothing is known.
     */
    public static Object shown(CodeValue value, long possible, CodeValue[] codes) {
        if (value != null) {
            return value;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            if ((possible & (1L << i)) != 0L) {
                names.add(codes[i].code());
            }
        }
        return shown(names);
    }

    /** {@code "NET_G3 or NEC_G3"} for the possible codes of an undetermined outcome, or null for none. */
    public static String shown(List<String> possible) {
        return possible.isEmpty() ? null : ValueText.possible(possible);
    }
}
