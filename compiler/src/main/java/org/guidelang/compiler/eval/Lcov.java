package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.guidelang.compiler.eval.RuleCoverage.Atom;
import org.guidelang.compiler.eval.RuleCoverage.CodeUse;
import org.guidelang.compiler.eval.RuleCoverage.Item;
import org.guidelang.compiler.eval.RuleCoverage.Kind;
import org.guidelang.compiler.eval.RuleCoverage.OutcomeCoverage;
import org.guidelang.compiler.eval.RuleCoverage.Seen;
import org.guidelang.compiler.source.SourceFile;

/**
 * Rule coverage as an LCOV tracefile (the format of geninfo(1)), so that editors and CI show it on
 * the guideline's lines: one record per guideline file. Each rule, {@code otherwise}, criterion
 * and recommendation condition is a line ({@code DA}) whose count is the examples that exercise
 * it (a rule or {@code otherwise}: that make it apply; a criterion or condition: that decide it),
 * the least of them where several share a line. Each of those and each atomic condition is a
 * block of two branches ({@code BRDA}), 0 true and 1 false, taken by as many examples, or
 * {@code -} when no example reached it; each outcome's declaration line holds a block with a
 * branch per code it declares, taken by the examples that yield it.
 */
public final class Lcov {
    private Lcov() {}

    /** The tracefile of {@code coverages}; {@code sourcePath} names each file as {@code SF} should. */
    public static String of(List<RuleCoverage> coverages, Function<SourceFile, String> sourcePath) {
        StringBuilder out = new StringBuilder();
        for (RuleCoverage coverage : coverages) {
            record(coverage, sourcePath, out);
        }
        return out.toString();
    }

    private static void record(RuleCoverage coverage, Function<SourceFile, String> sourcePath, StringBuilder out) {
        List<String> branches = new ArrayList<>();
        Map<Integer, Integer> lines = new TreeMap<>();
        int block = 0;
        for (OutcomeCoverage outcome : coverage.outcomes()) {
            if (!outcome.codes().isEmpty()) {
                int line = outcome.outcome().span().line();
                for (int i = 0; i < outcome.codes().size(); i++) {
                    CodeUse code = outcome.codes().get(i);
                    branches.add(branch(line, block, i, Integer.toString(code.producedBy().size())));
                }
                block++;
            }
            for (Item item : outcome.items()) {
                lines.merge(item.span().line(), exercised(item), Math::min);
                addTruths(branches, item.span().line(), block++, item.seen());
                for (Atom atom : item.atoms()) {
                    addTruths(branches, atom.span().line(), block++, atom.seen());
                }
            }
        }
        out.append("TN:").append(coverage.guideline().id().replaceAll("\\W", "_")).append('\n');
        out.append("SF:").append(sourcePath.apply(coverage.guideline().span().file())).append('\n');
        branches.forEach(b -> out.append(b).append('\n'));
        out.append("BRF:").append(branches.size()).append('\n');
        out.append("BRH:").append(branches.stream().filter(Lcov::taken).count()).append('\n');
        lines.forEach((line, count) -> out.append("DA:").append(line).append(',').append(count).append('\n'));
        out.append("LF:").append(lines.size()).append('\n');
        out.append("LH:").append(lines.values().stream().filter(c -> c > 0).count()).append('\n');
        out.append("end_of_record\n");
    }

    /** The examples that exercise an item: that make a rule or {@code otherwise} apply, or decide a criterion. */
    private static int exercised(Item item) {
        Seen seen = item.seen();
        return item.kind() == Kind.RULE || item.kind() == Kind.OTHERWISE ? seen.whenTrue().size()
                : seen.whenTrue().size() + seen.whenFalse().size();
    }

    private static void addTruths(List<String> branches, int line, int block, Seen seen) {
        boolean reached = seen.reached() > 0;
        branches.add(branch(line, block, 0, reached ? Integer.toString(seen.whenTrue().size()) : "-"));
        branches.add(branch(line, block, 1, reached ? Integer.toString(seen.whenFalse().size()) : "-"));
    }

    private static String branch(int line, int block, int branch, String taken) {
        return "BRDA:" + line + "," + block + "," + branch + "," + taken;
    }

    private static boolean taken(String branch) {
        String taken = branch.substring(branch.lastIndexOf(',') + 1);
        return !taken.equals("-") && !taken.equals("0");
    }
}
