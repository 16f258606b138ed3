package dev.tenet.web.design;

import dev.tenet.model.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A submitted YAML text as numbered lines, with each problem shown under the line it is on: what
 * the submit page shows when a design does not read.
 *
 * @param lines    every line of the text
 * @param problems every problem, in position order
 */
record SourceListing(List<Line> lines, List<Problem> problems) {

    SourceListing {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /**
     * One line of the text.
     *
     * @param number   1-based
     * @param text     the line as written
     * @param problems the problems on this line, each with a caret under its column
     */
    record Line(int number, String text, List<Marker> problems) {

        public boolean highlighted() {
            return !problems.isEmpty();
        }

        /** The id of the line's anchor, which the problem list links to. */
        public String anchor() {
            return "line-" + number;
        }
    }

    /** A problem's place on its line: spaces then a caret under the column, and the message. */
    record Marker(String caret, String message) {
    }

    static SourceListing of(String text, List<Problem> problems) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            List<Marker> markers = problems.stream().filter(p -> p.position().line() == number)
                    .map(p -> new Marker(" ".repeat(p.position().column() - 1) + "^", p.message())).toList();
            lines.add(new Line(number, raw[i], markers));
        }
        // A problem past the end (an empty document, a truncated one) stays on the last line.
        int last = lines.size();
        List<Marker> beyond = problems.stream().filter(p -> p.position().line() > last)
                .map(p -> new Marker("^", p.message())).toList();
        if (!beyond.isEmpty()) {
            Line end = lines.remove(last - 1);
            List<Marker> all = new ArrayList<>(end.problems());
            all.addAll(beyond);
            lines.add(new Line(end.number(), end.text(), all));
        }
        return new SourceListing(lines, problems);
    }

    /** The line a problem is shown on. */
    public int lineOf(Problem problem) {
        return Math.min(problem.position().line(), lines.size());
    }
}
