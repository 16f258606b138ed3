package dev.tenet.web.catalog;

import dev.tenet.web.catalog.LineDiff.Edit;
import dev.tenet.web.catalog.LineDiff.Op;

import java.util.ArrayList;
import java.util.List;

/**
 * An edit script cut into runs: unchanged lines, and changes, each change its removed lines
 * (0-based indexes in the older version) and the added lines that replace them (in the newer one),
 * whatever order the script gave them in.
 */
final class Hunks {

    /** A run of the script. */
    sealed interface Hunk permits Same, Change {
    }

    /** Lines both versions have. */
    record Same(List<Edit> lines) implements Hunk {

        Same {
            lines = List.copyOf(lines);
        }
    }

    /** Lines removed, and the lines added in their place; either may be empty. */
    record Change(List<Integer> removed, List<Integer> added) implements Hunk {

        Change {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    private Hunks() {
    }

    static List<Hunk> of(List<Edit> edits) {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.KEEP) {
                List<Edit> same = new ArrayList<>();
                while (i < edits.size() && edits.get(i).op() == Op.KEEP) {
                    same.add(edits.get(i++));
                }
                hunks.add(new Same(same));
            } else {
                List<Integer> removed = new ArrayList<>();
                List<Integer> added = new ArrayList<>();
                while (i < edits.size() && edits.get(i).op() != Op.KEEP) {
                    Edit edit = edits.get(i++);
                    if (edit.op() == Op.REMOVE) {
                        removed.add(edit.before());
                    } else {
                        added.add(edit.after());
                    }
                }
                hunks.add(new Change(removed, added));
            }
        }
        return hunks;
    }
}
