package dev.tenet.web.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines that differ between two versions of a file, as Myers' O(ND) algorithm finds them (the
 * one git and GNU diff use): a shortest edit script of kept, removed and added lines, after the
 * common first and last lines are set aside.
 *
 * <p>Work grows with the number of differing lines, memory with its square; past
 * {@value #MAX_EDITS} differing lines, or past {@value #MAX_LINES} lines on a side, the middle is
 * given as all removed then all added, which is still a correct diff, only not the shortest.
 */
final class LineDiff {

    /** Files with more lines than this on either side are not searched for a shortest script. */
    static final int MAX_LINES = 20_000;
    /** The largest number of removed plus added lines searched for. */
    static final int MAX_EDITS = 1_000;

    /** What happens to one line. */
    enum Op {
        /** In both versions. */
        KEEP,
        /** Only in the older version. */
        REMOVE,
        /** Only in the newer version. */
        ADD
    }

    /**
     * One line of the script.
     *
     * @param op     what happens to the line
     * @param before the line's 0-based index in the older version, or -1 for an added line
     * @param after  the line's 0-based index in the newer version, or -1 for a removed line
     */
    record Edit(Op op, int before, int after) {
    }

    /**
     * An edit script.
     *
     * @param edits   every line of both versions, in order, each once (kept lines once for both)
     * @param minimal whether it is a shortest script; false when the inputs were over the limits
     */
    record Script(List<Edit> edits, boolean minimal) {

        Script {
            edits = List.copyOf(edits);
        }

        long count(Op op) {
            return edits.stream().filter(edit -> edit.op() == op).count();
        }
    }

    private LineDiff() {
    }

    /** The script that turns {@code before} into {@code after}. */
    static Script between(List<String> before, List<String> after) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] a = symbols(before, numbers);
        int[] b = symbols(after, numbers);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        int[] middleA = Arrays.copyOfRange(a, prefix, a.length - suffix);
        int[] middleB = Arrays.copyOfRange(b, prefix, b.length - suffix);

        List<Edit> edits = new ArrayList<>(a.length + b.length - prefix - suffix);
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Op.KEEP, i, i));
        }
        boolean withinLimits = before.size() <= MAX_LINES && after.size() <= MAX_LINES;
        List<Edit> shortest = withinLimits ? shortest(middleA, middleB) : null;
        List<Edit> middle = shortest != null ? shortest : replaceAll(middleA.length, middleB.length);
        for (Edit edit : middle) {
            edits.add(new Edit(edit.op(), edit.before() < 0 ? -1 : edit.before() + prefix,
                    edit.after() < 0 ? -1 : edit.after() + prefix));
        }
        for (int i = 0; i < suffix; i++) {
            edits.add(new Edit(Op.KEEP, a.length - suffix + i, b.length - suffix + i));
        }
        return new Script(edits, shortest != null);
    }

    /** Lines as numbers, equal lines (on either side) the same number, so that comparing is cheap. */
    private static int[] symbols(List<String> lines, Map<String, Integer> numbers) {
        int[] numbered = new int[lines.size()];
        for (int i = 0; i < numbered.length; i++) {
            numbered[i] = numbers.computeIfAbsent(lines.get(i), line -> numbers.size());
        }
        return numbered;
    }

    /** Myers' forward search, keeping each round's frontier to walk the path back; null past the limit. */
    private static List<Edit> shortest(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        int limit = Math.min(n + m, MAX_EDITS);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> frontiers = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            frontiers.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return path(frontiers, n, m);
                }
            }
        }
        return null;
    }

    /** Walks back from the end through the saved frontiers; frontier d holds round d-1's ends. */
    private static List<Edit> path(List<int[]> frontiers, int n, int m) {
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = frontiers.size() - 1; d > 0; d--) {
            int[] frontier = frontiers.get(d);
            int k = x - y;
            boolean down = k == -d || (k != d && at(frontier, d, k - 1) < at(frontier, d, k + 1));
            int previousK = down ? k + 1 : k - 1;
            int previousX = at(frontier, d, previousK);
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(new Edit(Op.KEEP, --x, --y));
            }
            if (down) {
                reversed.add(new Edit(Op.ADD, -1, --y));
            } else {
                reversed.add(new Edit(Op.REMOVE, --x, -1));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Edit(Op.KEEP, --x, --y));
        }
        Collections.reverse(reversed);
        return reversed;
    }

    private static int at(int[] frontier, int d, int k) {
        return frontier[k + d + 1];
    }

    private static List<Edit> replaceAll(int removed, int added) {
        List<Edit> edits = new ArrayList<>(removed + added);
        for (int i = 0; i < removed; i++) {
            edits.add(new Edit(Op.REMOVE, i, -1));
        }
        for (int j = 0; j < added; j++) {
            edits.add(new Edit(Op.ADD, -1, j));
        }
        return edits;
    }
}
