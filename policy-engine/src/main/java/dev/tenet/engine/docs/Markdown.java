package dev.tenet.engine.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Markdown text: table cells made safe, code spans, paragraphs and tables. */
final class Markdown {

    private Markdown() {
    }

    /**
     * Prose for a table cell: {@code |} escaped, {@code <} kept from being read as HTML, line breaks
     * inside a paragraph joined with a space and paragraphs separated by {@code <br><br>}.
     */
    static String cell(String text) {
        List<String> paragraphs = paragraphs(text).stream()
                .map(paragraph -> paragraph.replace("|", "\\|").replace("<", "&lt;"))
                .toList();
        return paragraphs.isEmpty() ? "—" : String.join("<br><br>", paragraphs);
    }

    /** An expression or id as a code span on one line, for prose outside tables. */
    static String code(String text) {
        return codeSpan(text.strip().replaceAll("\\s+", " "));
    }

    /**
     * A code span inside a table cell: a {@code |} would end the cell, so it is escaped (GitHub's
     * tables take {@code \|} inside code spans too; outside tables the backslash would show).
     */
    static String codeCell(String text) {
        return codeSpan(text.strip().replaceAll("\\s+", " ").replace("|", "\\|"));
    }

    private static String codeSpan(String line) {
        if (line.isEmpty()) {
            return "—";
        }
        return line.contains("`") ? "`` " + line + " ``" : "`" + line + "`";
    }

    /** The paragraphs of a text, each on one line, blank lines between them. */
    static String paragraphs(String text, String separator) {
        return String.join(separator, paragraphs(text));
    }

    private static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String line = paragraph.strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                result.add(line);
            }
        }
        return result;
    }

    /** A table with a header row; cells are written as given, so format them with {@link #cell} or {@link #code}. */
    static final class Table {
        private final List<String> header;
        private final List<String> alignment;
        private final List<List<String>> rows = new ArrayList<>();

        Table(String... header) {
            this.header = List.of(header);
            this.alignment = new ArrayList<>(Arrays.stream(header).map(column -> "---").toList());
        }

        /** Aligns a column to the right, as counts read best. */
        Table right(int column) {
            alignment.set(column, "--:");
            return this;
        }

        Table row(String... cells) {
            if (cells.length != header.size()) {
                throw new IllegalArgumentException("a row of " + header.size() + " cells, got " + cells.length);
            }
            rows.add(List.of(cells));
            return this;
        }

        void appendTo(StringBuilder out) {
            line(out, header);
            line(out, alignment);
            rows.forEach(row -> line(out, row));
        }

        private static void line(StringBuilder out, List<String> cells) {
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
    }
}
