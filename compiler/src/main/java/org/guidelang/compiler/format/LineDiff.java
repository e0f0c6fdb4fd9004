package org.guidelang.compiler.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence), for {@code guidec fmt
 * --check} to show what formatting would change.
 */
public final class LineDiff {
    private static final int CONTEXT = 2;

    private LineDiff() {}

    /** The hunks turning {@code before} into {@code after}, with two lines of context, in unified form. */
    public static List<String> unified(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        // Edit script: ' ' kept, '-' removed, '+' added, with the line numbers on both sides.
        List<char[]> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {' '});
                texts.add(a.get(i));
                at.add(new int[] {i++, j++});
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                ops.add(new char[] {'-'});
                texts.add(a.get(i));
                at.add(new int[] {i++, j});
            } else {
                ops.add(new char[] {'+'});
                texts.add(b.get(j));
                at.add(new int[] {i, j++});
            }
        }
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            while (end < ops.size() && quiet <= 2 * CONTEXT) {
                quiet = ops.get(end)[0] == ' ' ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(ops.size(), end - Math.max(0, quiet - CONTEXT));
            int oldCount = 0;
            int newCount = 0;
            List<String> body = new ArrayList<>();
            for (int m = start; m < end; m++) {
                char op = ops.get(m)[0];
                oldCount += op != '+' ? 1 : 0;
                newCount += op != '-' ? 1 : 0;
                body.add(op + texts.get(m));
            }
            out.add("@@ -" + (at.get(start)[0] + 1) + "," + oldCount + " +" + (at.get(start)[1] + 1) + "," + newCount
                    + " @@");
            out.addAll(body);
            k = end;
        }
        return out;
    }
}
