package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a one-pass evaluation into the exact answer, for the interpreter and generated evaluators
 * alike: every outcome the one pass left undetermined, and every undetermined step of the
 * explanation (imported outcomes' too), is refined over the completions of the missing inputs by
 * {@link Completions}. A refined outcome is determined when every completion gives it one value;
 * otherwise it lists exactly the values some completion gives ({@link OutcomeResult#NO_VALUE}
 * among them when some completion leaves it without one) and exactly the missing inputs of a
 * minimal change between two completions (docs/language.md §9.1) — exact where the inputs' cells
 * allow, sound elsewhere.
 */
public final class ExactAnswers {
    private ExactAnswers() {}

    /** One guideline as the refinement sees it; implementations are immutable. */
    public interface Subject {
        /** The inputs the guideline reads (its imports' first), as its evaluations number them. */
        InputIndex inputs();

        /** The cells of {@link #inputs()}. */
        Completions cells();

        /** The values of outcome {@code name} in bit order: its codes, or false and true. */
        List<Object> values(String outcome);

        /** Whether {@code outcome} is one of this guideline's own outcomes. */
        boolean has(String outcome);

        /** How the explanation names "no value" for outcome {@code name}: "no rule" for a table. */
        String noValue(String outcome);

        /**
         * One pass over a validated patient, without explanation or refinement.
         *
         * @throws InvalidInputException when the patient breaks a constraint
         */
        EvaluationResult onePass(Map<String, ?> patient) throws InvalidInputException;

        /** The guideline imported under {@code alias}, at any depth, or null. */
        Subject imported(String alias);

        /**
         * The one passes over {@code patient} that a refinement asks for. The default goes through
         * {@link #onePass}; a generated class answers from its straight-line evaluation, without
         * maps, and must answer exactly as {@link #onePass} does.
         */
        default Completer completer(Map<String, ?> patient) {
            return new MapCompleter(this, patient);
        }

        /**
         * The missing inputs of the constraints between inputs that are still unknown for a
         * validated {@code patient} that breaks none, for the default {@link #completer}; none
         * by default (a guideline without constraints).
         */
        default Collection<String> openInputs(Map<String, ?> patient) {
            return List.of();
        }
    }

    /** One-pass evaluations of one patient with values in place of some of its missing inputs. */
    @FunctionalInterface
    public interface Completer {
        /**
         * One pass with {@code completion[i]}, where not null, as the value of input {@code i} (a
         * Double, a code name or a Boolean, as {@link Completions} gives it); null when the
         * completed patient breaks a constraint. Must not keep {@code completion}.
         */
        Evaluated evaluate(Object[] completion);
    }

    /** One one-pass evaluation as a refinement reads it: each outcome's answer as bits. */
    public interface Evaluated {
        /** The index of {@code outcome}'s value in {@link Subject#values}, or -1 when undetermined. */
        int value(String outcome);

        /** The inputs (bits of {@link Subject#inputs}) an undetermined {@code outcome} lacks. */
        long missing(String outcome);

        /**
         * The values an undetermined {@code outcome} can still take, as bits over {@link
         * Subject#values} (the bit after the last for "no value"); 0 when nothing is known.
         */
        long possible(String outcome);

        /**
         * The missing inputs (bits of {@link Subject#inputs}) of the constraints between inputs that
         * this evaluation could not yet decide; 0 when every constraint holds.
         */
        default long open() {
            return 0L;
        }
    }

    /**
     * The one-pass answers {@code onePass} of a completion on which some constraint between inputs
     * is still unknown, {@code missing} holding the missing inputs of every such constraint: each
     * outcome lacks those inputs too, and a determined one becomes undetermined with its one value
     * possible. In three-valued logic an unknown constraint accepts the completion even where no
     * value of its inputs satisfies it (as for {@code c and not c}), so the refinement must split
     * them too, down to completions on which each constraint is decided, or it would count values,
     * and inputs that change them, that only completions breaking a constraint give.
     */
    public static EvaluationResult openedBy(EvaluationResult onePass, Collection<String> missing) {
        if (missing.isEmpty()) {
            return onePass;
        }
        List<OutcomeResult> outcomes = new ArrayList<>();
        for (OutcomeResult outcome : onePass.outcomes().values()) {
            Set<String> lacking = new TreeSet<>(outcome.missing());
            lacking.addAll(missing);
            List<Object> possible = outcome.isDetermined() ? List.of(outcome.value()) : outcome.possible();
            outcomes.add(OutcomeResult.undetermined(outcome.name(), lacking, possible));
        }
        return EvaluationResult.of(onePass.guideline(), onePass.version(), outcomes, onePass.explanation());
    }

    /**
     * {@link #openedBy(EvaluationResult, Collection)} for answers read as bits: {@code missing} is
     * the bits of the unknown constraints' missing inputs, not 0.
     */
    public static Evaluated openedBy(Evaluated evaluated, long missing) {
        return new Evaluated() {
            @Override
            public int value(String outcome) {
                return -1;
            }

            @Override
            public long missing(String outcome) {
                return evaluated.missing(outcome) | missing;
            }

            @Override
            public long possible(String outcome) {
                int value = evaluated.value(outcome);
                return value >= 0 ? 1L << value : evaluated.possible(outcome);
            }

            @Override
            public long open() {
                return missing;
            }
        };
    }

    /** A {@link Completer} told each completion's key, as {@link Completions.KeyedOracle} numbers them. */
    @FunctionalInterface
    private interface KeyedCompleter {
        Evaluated evaluate(Object[] completion, long key);
    }

    /** The default {@link Completer}: a completed map through {@link Subject#onePass}. */
    private record MapCompleter(Subject subject, Map<String, ?> patient) implements Completer {
        @Override
        public Evaluated evaluate(Object[] completion) {
            Map<String, Object> completed = new LinkedHashMap<>(patient);
            List<String> names = subject.inputs().names();
            for (int i = 0; i < completion.length; i++) {
                if (completion[i] != null) {
                    completed.put(names.get(i), completion[i]);
                }
            }
            EvaluationResult result;
            try {
                result = subject.onePass(completed);
            } catch (InvalidInputException broken) {
                return null;
            }
            long open = subject.inputs().bits(subject.openInputs(completed));
            return new Evaluated() {
                @Override
                public long open() {
                    return open;
                }

                @Override
                public int value(String outcome) {
                    OutcomeResult answer = result.outcome(outcome).orElseThrow();
                    return answer.isDetermined() ? subject.values(outcome).indexOf(answer.value()) : -1;
                }

                @Override
                public long missing(String outcome) {
                    return subject.inputs().bits(result.outcome(outcome).orElseThrow().missing());
                }

                @Override
                public long possible(String outcome) {
                    List<Object> values = subject.values(outcome);
                    long bits = 0L;
                    for (Object value : result.outcome(outcome).orElseThrow().possible()) {
                        bits |= 1L << (OutcomeResult.NO_VALUE.equals(value) ? values.size() : values.indexOf(value));
                    }
                    return bits;
                }
            };
        }
    }

    /** The exact answer for {@code patient}, from its one-pass evaluation {@code onePass}. */
    public static EvaluationResult refine(EvaluationResult onePass, Map<String, ?> patient, Subject subject) {
        if (onePass.outcomes().values().stream().allMatch(OutcomeResult::isDetermined)
                && onePass.explanation().stream().noneMatch(ExactAnswers::undeterminedStep)) {
            return onePass;
        }
        Map<Subject, Session> sessions = new HashMap<>();
        List<OutcomeResult> outcomes = new ArrayList<>();
        for (OutcomeResult result : onePass.outcomes().values()) {
            if (result.isDetermined() || !refinable(subject, result.name())) {
                outcomes.add(result);
            } else {
                outcomes.add(session(sessions, subject, patient).refine(result.name()).result());
            }
        }
        return EvaluationResult.of(onePass.guideline(), onePass.version(), outcomes,
                refineSteps(onePass.explanation(), patient, subject, sessions));
    }

    /**
     * The explanation {@code steps} of a one-pass evaluation of {@code patient}, every undetermined
     * step refined as {@link #refine} refines it: for a caller that holds the refined outcomes.
     * Unmodifiable.
     */
    public static List<ExplanationStep> explain(List<ExplanationStep> steps, Map<String, ?> patient,
            Subject subject) {
        if (steps.stream().noneMatch(ExactAnswers::undeterminedStep)) {
            return List.copyOf(steps);
        }
        return List.copyOf(refineSteps(steps, patient, subject, new HashMap<>()));
    }

    private static List<ExplanationStep> refineSteps(List<ExplanationStep> steps, Map<String, ?> patient,
            Subject subject, Map<Subject, Session> sessions) {
        List<ExplanationStep> explanation = new ArrayList<>(steps);
        for (int i = 0; i < explanation.size(); i++) {
            ExplanationStep step = explanation.get(i);
            if (!undeterminedStep(step)) {
                continue;
            }
            Subject owner = ownerOf(subject, step.outcome());
            if (owner == null) {
                continue;
            }
            String name = outcomeOf(step.outcome());
            Session session = session(sessions, owner, patient);
            if (!session.decides(name) || !refinable(owner, name)) {
                // A step of an imported guideline's own outcome, labelled as that guideline labels it
                // (an outcome its outcomes read, that the importer does not name): left as one pass gave it.
                continue;
            }
            Refined refined = session.refine(name);
            explanation.set(i, refined.step(step.outcome()));
        }
        for (int i = 0; i < explanation.size(); i++) {
            explanation.set(i, narrowedValues(explanation.get(i), patient, subject, sessions));
        }
        return explanation;
    }

    /**
     * {@code step} with the value of each outcome it reads that one pass left open (shown as the
     * codes one pass still counted, {@code who.grade = NET_G2 or NET_G3 or NEC_G3}) as the
     * refinement narrows it: its value where every completion gives one, else the values some
     * completion gives ({@code NET_G3 or NEC_G3}). The step's own verdict stays one pass's; the
     * outcome's closing step says what the refinement decides.
     */
    private static ExplanationStep narrowedValues(ExplanationStep step, Map<String, ?> patient, Subject subject,
            Map<Subject, Session> sessions) {
        // A step's values are named as the guideline that decides the step names them: an imported
        // table's step (labelled "who.grade") reads "ki67" and "other.x" of who_grading's own.
        Subject reader = ownerOf(subject, step.outcome());
        if (reader == null) {
            return step;
        }
        Map<String, Object> narrowed = null;
        for (Map.Entry<String, Object> value : step.values().entrySet()) {
            String key = value.getKey();
            Subject owner = ownerOf(reader, key);
            String name = outcomeOf(key);
            if (owner == null || !owner.has(name) || !refinable(owner, name)) {
                continue; // an input, a parameter, or an outcome left as one pass gave it
            }
            // Decided by one pass of its own guideline, it is decided in the importer's context too.
            Subject own = owner instanceof InContext context ? context.imported() : owner;
            if (session(sessions, own, patient).decidedAsGiven(name)) {
                continue;
            }
            Session session = session(sessions, owner, patient);
            OutcomeResult refined = session.refine(name).result();
            Object shown;
            if (refined.isDetermined()) {
                shown = refined.value();
            } else {
                List<Object> codes = new ArrayList<>(refined.possible());
                codes.remove(OutcomeResult.NO_VALUE);
                shown = codes.isEmpty() ? null : ValueText.possible(codes);
            }
            if (!java.util.Objects.equals(shown, value.getValue())) {
                if (narrowed == null) {
                    narrowed = new LinkedHashMap<>(step.values());
                }
                narrowed.put(key, shown);
            }
        }
        return narrowed == null ? step : new ExplanationStep(step.outcome(), step.element(), step.text(), step.status(),
                narrowed, step.citation(), step.units());
    }

    /**
     * The guideline that {@code label} ({@code grade}, {@code who.grade}, {@code netlm.who.grade})
     * names an outcome of, as {@code reader} names them: itself, or the guideline reached from it by
     * the label's path of aliases (null when there is no such path), seen from the guideline
     * evaluated ({@link InContext}).
     */
    private static Subject ownerOf(Subject reader, String label) {
        Subject owner = reader;
        int from = 0;
        for (int dot = label.indexOf('.'); dot != -1 && owner != null; dot = label.indexOf('.', from)) {
            owner = importedBy(owner, label.substring(from, dot));
            from = dot + 1;
        }
        return owner;
    }

    /** The guideline {@code reader} imports under {@code alias}, in the evaluated guideline's context. */
    private static Subject importedBy(Subject reader, String alias) {
        if (reader instanceof InContext context) {
            Subject nested = context.imported().imported(alias);
            return nested == null ? null : new InContext(context.importer(), nested);
        }
        Subject imported = reader.imported(alias);
        return imported == null ? null : new InContext(reader, imported);
    }

    /**
     * The exact answer of outcome {@code onePass}, of the guideline that {@code importer} imports
     * under {@code alias}, for {@code patient} as the importer reads it: over the completions
     * that satisfy the importer's constraints between inputs, which include the imported
     * guideline's and may decide more (docs/language.md §5.1). As an example of the importer
     * expects it ({@code expect hg.candidacy = ...}).
     */
    public static OutcomeResult refineImported(OutcomeResult onePass, String alias, Map<String, ?> patient,
            Subject importer) {
        Subject imported = importer.imported(alias);
        if (onePass.isDetermined() || imported == null || !refinable(imported, onePass.name())) {
            return onePass;
        }
        return session(new HashMap<>(), new InContext(importer, imported), patient).refine(onePass.name()).result();
    }

    /**
     * An imported guideline's outcomes as the guideline that imports it sees them: refined over
     * the importer's inputs, cells and constraints between inputs (which include the imported
     * guideline's), so that a constraint only the importer declares decides them too. Each
     * completion is evaluated by both: the importer's one pass says whether it satisfies the
     * importer's constraints, or which inputs they still lack; the imported guideline's one pass
     * gives the outcome.
     */
    private record InContext(Subject importer, Subject imported) implements Subject {
        @Override
        public InputIndex inputs() {
            return importer.inputs();
        }

        @Override
        public Completions cells() {
            return importer.cells();
        }

        @Override
        public List<Object> values(String outcome) {
            return imported.values(outcome);
        }

        @Override
        public boolean has(String outcome) {
            return imported.has(outcome);
        }

        @Override
        public String noValue(String outcome) {
            return imported.noValue(outcome);
        }

        // A context is refined only through its session (see session()), which evaluates each
        // completion with both guidelines' one passes, and imports are resolved by ownerOf.
        @Override
        public EvaluationResult onePass(Map<String, ?> patient) {
            throw new UnsupportedOperationException("an imported guideline in context has no one pass of its own");
        }

        @Override
        public Subject imported(String alias) {
            throw new UnsupportedOperationException("imports in context are resolved by ExactAnswers.ownerOf");
        }

        @Override
        public Completer completer(Map<String, ?> patient) {
            throw new UnsupportedOperationException("a context is refined through its session");
        }

        /**
         * The one passes of a refinement here: {@code importing}'s (the importer's session, which
         * remembers them) for the constraints, the imported guideline's for the outcome.
         */
        KeyedCompleter completer(Session importing, Map<String, ?> patient) {
            Completer inner = imported.completer(patient);
            List<String> names = imported.inputs().names();
            int[] at = new int[names.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = importer.inputs().names().indexOf(names.get(i));
            }
            return (completion, key) -> {
                Evaluated outer = importing.evaluate(completion, key);
                if (outer == null) {
                    return null;
                }
                Object[] projected = new Object[at.length];
                for (int i = 0; i < at.length; i++) {
                    projected[i] = at[i] < 0 ? null : completion[at[i]];
                }
                Evaluated evaluated = inner.evaluate(projected);
                return evaluated == null ? null : new Lifted(evaluated, at, outer.open());
            };
        }
    }

    /**
     * An imported guideline's evaluation with its inputs renumbered as the importer's ({@code
     * at}), left open on the inputs of the importer's constraints still unknown ({@code open}).
     */
    private record Lifted(Evaluated evaluated, int[] at, long open) implements Evaluated {
        @Override
        public int value(String outcome) {
            return open == 0L ? evaluated.value(outcome) : -1;
        }

        @Override
        public long missing(String outcome) {
            long lifted = open;
            for (long bits = evaluated.missing(outcome); bits != 0L; bits &= bits - 1) {
                int input = at[Long.numberOfTrailingZeros(bits)];
                if (input >= 0) {
                    lifted |= 1L << input;
                }
            }
            return lifted;
        }

        @Override
        public long possible(String outcome) {
            int value = evaluated.value(outcome);
            return value >= 0 ? 1L << value : evaluated.possible(outcome);
        }
    }

    /** The outcome {@code label} names, without its guideline's prefix. */
    private static String outcomeOf(String label) {
        return label.substring(label.lastIndexOf('.') + 1);
    }

    /**
     * Values of an outcome, and its "no value", fit the bits of one {@code long}: an outcome of more
     * codes (a table of 63 or more) keeps its one-pass answer, sound but not always exact.
     */
    static final int MAX_REFINED_VALUES = Long.SIZE - 2;

    private static boolean refinable(Subject subject, String outcome) {
        return subject.values(outcome).size() <= MAX_REFINED_VALUES;
    }

    private static boolean undeterminedStep(ExplanationStep step) {
        return step.status() == StepStatus.UNKNOWN && step.element().equals("undetermined");
    }

    private static Session session(Map<Subject, Session> sessions, Subject subject, Map<String, ?> patient) {
        Session known = sessions.get(subject);
        if (known == null) {
            // An imported outcome in the importer's context asks the importer's one passes for the
            // same completions (the same cells, so the same keys) as the importer's own outcomes.
            known = subject instanceof InContext context
                    ? new Session(context, context.completer(session(sessions, context.importer(), patient), patient))
                    : new Session(subject, patient);
            sessions.put(subject, known);
        }
        return known;
    }

    /** A refined outcome: the exact reach, and how to state it. */
    private record Refined(String outcome, Completions.Reach reach, List<Object> values, String noValue,
            long readMissing, InputIndex inputs) {
        OutcomeResult result() {
            int none = values.size();
            if (reach.determined()) {
                int bit = Long.numberOfTrailingZeros(reach.values());
                return bit == none ? OutcomeResult.undetermined(outcome, List.of(), List.of(OutcomeResult.NO_VALUE))
                        : OutcomeResult.determined(outcome, values.get(bit));
            }
            List<Object> possible = new ArrayList<>();
            for (long bits = reach.values(); bits != 0L; bits &= bits - 1) {
                int bit = Long.numberOfTrailingZeros(bits);
                possible.add(bit == none ? OutcomeResult.NO_VALUE : values.get(bit));
            }
            return OutcomeResult.undetermined(outcome, inputs.names(reach.missing()), possible);
        }

        ExplanationStep step(String label) {
            if (values.equals(List.of(false, true))) {
                return recommendationStep(label, reach, readMissing, inputs);
            }
            List<String> names = new ArrayList<>();
            values.forEach(value -> names.add(String.valueOf(value)));
            names.add(noValue);
            return Completions.explain(label, reach, names, readMissing, inputs);
        }
    }

    /** A refined recommendation: it applies, or not, whatever the missing inputs are, or either. */
    private static ExplanationStep recommendationStep(String label, Completions.Reach reach, long readMissing,
            InputIndex inputs) {
        if (reach.determined() && reach.values() <= 1L << 1) {
            boolean applies = reach.values() == 1L << 1;
            return new ExplanationStep(label, "decided", "→ " + (applies ? "applies" : "does not apply") + " whatever "
                    + inputs.joinIsAre(readMissing), StepStatus.HELD, Map.of(), null);
        }
        if (reach.missing() == 0L) {
            return new ExplanationStep(label, "undetermined", "cannot be decided for these values",
                    StepStatus.UNKNOWN, Map.of(), null);
        }
        return new ExplanationStep(label, "undetermined", "may or may not apply until " + inputs.joinIsAre(reach.missing())
                + " known", StepStatus.UNKNOWN, Map.of(), null);
    }

    /** The refinements of one guideline for one patient, sharing the one-pass evaluations they make. */
    private static final class Session {
        /** What {@link #evaluations} holds for a completion that breaks a constraint. */
        private static final Evaluated BROKEN = new Evaluated() {
            @Override
            public int value(String outcome) {
                throw new IllegalStateException("a completion that breaks a constraint has no value");
            }

            @Override
            public long missing(String outcome) {
                return 0L;
            }

            @Override
            public long possible(String outcome) {
                return 0L;
            }
        };

        private final Subject subject;
        private final KeyedCompleter completer;
        /** By completion key ({@link Completions.KeyedOracle}); the patient as given is key 0. */
        private final EvaluationsByKey<Evaluated> evaluations = new EvaluationsByKey<>();
        /** By the completion itself, for cells too many to be keyed. */
        private final Map<List<Object>, Evaluated> unkeyed = new HashMap<>();
        /** By outcome: an outcome read in several steps is refined once. */
        private final Map<String, Refined> refined = new HashMap<>();

        Session(Subject subject, Map<String, ?> patient) {
            this(subject, unkeyed(subject.completer(patient)));
        }

        private static KeyedCompleter unkeyed(Completer completer) {
            return (completion, key) -> completer.evaluate(completion);
        }

        Session(Subject subject, KeyedCompleter completer) {
            this.subject = subject;
            this.completer = completer;
        }

        /** Whether {@code outcome} is one of the subject's own outcomes. */
        boolean decides(String outcome) {
            return subject.has(outcome);
        }

        /** Whether one pass over the patient as given determines {@code outcome} (or the patient breaks a constraint). */
        boolean decidedAsGiven(String outcome) {
            Evaluated asGiven = asGiven();
            return asGiven == null || asGiven.value(outcome) >= 0;
        }

        /** The one pass over the patient as given (completion key 0), or null when it breaks a constraint. */
        private Evaluated asGiven() {
            return evaluate(new Object[subject.inputs().names().size()], 0L);
        }

        Refined refine(String outcome) {
            return refined.computeIfAbsent(outcome, this::refined);
        }

        private Refined refined(String outcome) {
            List<Object> values = subject.values(outcome);
            int none = values.size();
            Completions.Reach reach = subject.cells().refine(
                    (Completions.KeyedOracle) (completion, key) -> reach(outcome, none, completion, key));
            Evaluated asGiven = asGiven();
            long readMissing = asGiven == null ? 0L : asGiven.missing(outcome);
            return new Refined(outcome, reach, values, subject.noValue(outcome), readMissing, subject.inputs());
        }

        private Completions.Reach reach(String outcome, int none, Object[] completion, long key) {
            Evaluated result = evaluate(completion, key);
            if (result == null) {
                return new Completions.Reach(0L, 0L); // the completion breaks a constraint
            }
            int value = result.value(outcome);
            if (value >= 0) {
                return new Completions.Reach(1L << value, 0L);
            }
            long possible = result.possible(outcome);
            if (possible == 0L) {
                possible = (1L << (none + 1)) - 1; // nothing known: any value, or none
            }
            return Completions.reach(possible, result.missing(outcome), false, none);
        }

        /** The one pass for {@code completion}, or null when it breaks a constraint. */
        private Evaluated evaluate(Object[] completion, long key) {
            Evaluated known = key >= 0L ? evaluations.get(key) : unkeyed.get(Arrays.asList(completion));
            if (known == null) {
                Evaluated evaluated = completer.evaluate(completion, key);
                known = evaluated == null ? BROKEN : evaluated;
                if (key >= 0L) {
                    evaluations.put(key, known);
                } else {
                    unkeyed.put(Arrays.asList(completion.clone()), known);
                }
            }
            return known == BROKEN ? null : known;
        }
    }
}
