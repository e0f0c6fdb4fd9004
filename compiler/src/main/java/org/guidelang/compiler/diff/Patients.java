package org.guidelang.compiler.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Validation;

/**
 * One patient evaluated by both versions of a guideline. An input that only one version
 * declares is given to that version only (it was added or removed); any other problem with a
 * value is an input error of that version, reported, never guessed around.
 */
final class Patients {
    private final Interpreter oldInterpreter;
    private final Interpreter newInterpreter;
    private final CheckedGuideline old;
    private final CheckedGuideline now;
    private final InputValidator oldInputs;
    private final InputValidator newInputs;
    private final Set<String> known;

    Patients(GuidelineAnalysis before, GuidelineAnalysis after) {
        this.oldInterpreter = new Interpreter(before);
        this.newInterpreter = new Interpreter(after);
        this.old = before.guideline();
        this.now = after.guideline();
        this.oldInputs = InputValidator.of(old.inputs().stream().map(InputDecl::spec).toList());
        this.newInputs = InputValidator.of(now.inputs().stream().map(InputDecl::spec).toList());
        this.known = new java.util.HashSet<>();
        old.inputs().forEach(i -> known.add(i.name()));
        now.inputs().forEach(i -> known.add(i.name()));
    }

    /** Both evaluations, or the input errors (prefixed OLD/NEW) that prevent one. */
    record Pair(EvaluationResult old, EvaluationResult now, List<String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    Pair evaluate(Map<String, ?> raw) {
        Validation a = oldInputs.validate(only(raw, old));
        Validation b = newInputs.validate(only(raw, now));
        List<String> errors = new java.util.ArrayList<>();
        List<String> was = refusals(old, a).stream().map(Patients::describe).toList();
        List<String> is = refusals(now, b).stream().map(Patients::describe).toList();
        if (was.equals(is)) {
            errors.addAll(was); // refused alike by both versions: said once
        } else {
            was.forEach(e -> errors.add("OLD: " + e));
            is.forEach(e -> errors.add("NEW: " + e));
        }
        if (!errors.isEmpty()) {
            return new Pair(null, null, errors);
        }
        return new Pair(oldInterpreter.evaluate(a.values()), newInterpreter.evaluate(b.values()), List.of());
    }

    /** The outcomes both versions decide that came out differently: name → {old value, new value}. */
    static Map<String, String[]> differences(Pair pair) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (OutcomeResult was : pair.old().outcomes().values()) {
            pair.now().outcome(was.name()).ifPresent(is -> {
                if (!shown(was).equals(shown(is))) {
                    out.put(was.name(), new String[] {shown(was), shown(is)});
                }
            });
        }
        return out;
    }

    static String shown(OutcomeResult result) {
        return result.isDetermined() ? String.valueOf(result.value()) : "undetermined";
    }

    /** The fields of {@code raw} that {@code guideline} declares, plus those no version declares (errors). */
    private Map<String, Object> only(Map<String, ?> raw, CheckedGuideline guideline) {
        Set<String> names = guideline.inputs().stream().map(InputDecl::name).collect(Collectors.toSet());
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (names.contains(k) || !known.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The validation's errors, or else the constraints between inputs the values break. */
    private static List<InputError> refusals(CheckedGuideline guideline, Validation validation) {
        return validation.isValid() ? Interpreter.constraintErrors(guideline, validation.values()) : validation.errors();
    }

    private static String describe(InputError e) {
        return e.path() + ": " + e.message();
    }
}
