package org.guidelang.runtime;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user probably meant, for "did you mean …?" hints in input errors and diagnostics. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The candidate closest to {@code wrong}: first a case-insensitive match, else the candidate
     * with the smallest edit distance (ignoring case) if that distance is at most 2, or at most a
     * third of {@code wrong}'s length, and less than that length (so "x" does not suggest "y").
     * Ties go to the earliest candidate.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(wrong)) {
                return Optional.of(candidate);
            }
        }
        String lowerWrong = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.min(Math.max(2, wrong.length() / 3), wrong.length() - 1);
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int distance = editDistance(lowerWrong, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The optimal-string-alignment edit distance: insertions, deletions, substitutions and swaps of
     * two adjacent characters each cost 1, because a swap ({@code ki76} for {@code ki67}) is one
     * typo, not two.
     */
    public static int editDistance(String a, String b) {
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, previous2[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
