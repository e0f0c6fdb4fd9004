package org.guidelang.compiler.diff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidelang.compiler.model.DecisionTable.Rule;

/**
 * Pairs the rules of two versions of a table, the way a reader would: rules whose condition
 * and code are unchanged anchor the match (longest common subsequence, so order counts);
 * between anchors, an old and a new rule are the same rule changed when they yield the same
 * code or their conditions share most of their words. What is left was removed or added.
 */
final class RuleMatch {
    private static final double SIMILAR = 0.5;

    private final Changes changes;
    private final String table;

    RuleMatch(Changes changes, String table) {
        this.changes = changes;
        this.table = table;
    }

    void compare(List<Rule> old, List<Rule> now) {
        String[] a = old.stream().map(RuleMatch::key).toArray(String[]::new);
        String[] b = now.stream().map(RuleMatch::key).toArray(String[]::new);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapOld = 0;
        int gapNew = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                gap(old.subList(gapOld, i), now.subList(gapNew, j));
                citations(old.get(i), now.get(j));
                gapOld = ++i;
                gapNew = ++j;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        gap(old.subList(gapOld, a.length), now.subList(gapNew, b.length));
    }

    /** Rules between two anchors: paired when alike, else removed and added. */
    private void gap(List<Rule> old, List<Rule> now) {
        boolean[] used = new boolean[now.size()];
        for (Rule o : old) {
            int match = -1;
            for (int pass = 0; pass < 2 && match < 0; pass++) {
                for (int k = 0; k < now.size() && match < 0; k++) {
                    boolean alike = pass == 0 ? now.get(k).code().equals(o.code())
                            : similarity(text(o), text(now.get(k))) >= SIMILAR;
                    if (!used[k] && alike) {
                        match = k;
                    }
                }
            }
            if (match < 0) {
                changes.removed(table + " rule " + o.number(), "when " + text(o) + " -> " + o.code(), Bump.MAJOR);
                continue;
            }
            used[match] = true;
            Rule n = now.get(match);
            String subject = table + " rule " + o.number() + (n.number() != o.number() ? " (now rule " + n.number() + ")" : "");
            changes.expression(subject + " condition", o.condition(), n.condition());
            changes.value(subject + " outcome", o.code(), n.code(), Bump.MAJOR);
            citations(o, n);
        }
        for (int k = 0; k < now.size(); k++) {
            if (!used[k]) {
                Rule n = now.get(k);
                changes.added(table + " rule " + n.number(), "when " + text(n) + " -> " + n.code(), Bump.MAJOR);
            }
        }
    }

    private void citations(Rule o, Rule n) {
        changes.value(table + " rule " + n.number() + " citation", DeclarationDiff.cites(o.citations()),
                DeclarationDiff.cites(n.citations()), Bump.PATCH);
    }

    private static String key(Rule rule) {
        return text(rule) + " -> " + rule.code();
    }

    private static String text(Rule rule) {
        return ExprText.of(rule.condition());
    }

    /** Shared words over all words (Jaccard) of two conditions. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split("[\\s()]+")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split("[\\s()]+")));
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return union.isEmpty() ? 1 : (double) x.size() / union.size();
    }
}
