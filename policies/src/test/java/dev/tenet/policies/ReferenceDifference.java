package dev.tenet.policies;

import java.util.List;

/** Where a committed REFERENCE.md first departs from what {@code tenet docs} generates, in words. */
final class ReferenceDifference {

    private static final int SHOWN = 160;

    private ReferenceDifference() {
    }

    static String describe(String committed, String generated) {
        if (committed.isEmpty()) {
            return "the file is missing or empty.";
        }
        List<String> was = committed.lines().toList();
        List<String> now = generated.lines().toList();
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            if (!was.get(i).equals(now.get(i))) {
                return "first difference at line " + (i + 1) + ":\n    committed: " + shorten(was.get(i))
                        + "\n    generated: " + shorten(now.get(i));
            }
        }
        if (was.size() != now.size()) {
            return "the committed file has " + was.size() + " lines, tenet docs prints " + now.size() + ".";
        }
        return "the lines agree; line endings or the final newline differ.";
    }

    private static String shorten(String line) {
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "…";
    }
}
