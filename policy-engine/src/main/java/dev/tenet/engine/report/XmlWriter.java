package dev.tenet.engine.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an indented XML 1.0 document. Text and attribute values are escaped, and characters XML
 * 1.0 cannot hold (most control characters, unpaired surrogates, U+FFFE, U+FFFF) are dropped, so
 * whatever a policy's author wrote, the document stays well-formed.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name and value pairs, written in that order. */
    XmlWriter start(String name, String... attributes) {
        tag(name, attributes).append(">\n");
        open.push(name);
        return this;
    }

    /** An element with no content. */
    XmlWriter empty(String name, String... attributes) {
        tag(name, attributes).append("/>\n");
        return this;
    }

    /** An element holding only text. */
    XmlWriter text(String name, String text, String... attributes) {
        tag(name, attributes).append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    /** Closes the element opened last. */
    XmlWriter end() {
        String name = open.pop();
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** The document; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private StringBuilder tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        indent().append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
        }
        return out;
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(open.size()));
    }

    // In an attribute, line breaks and tabs are written as references: a parser would turn them into spaces.
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().filter(XmlWriter::isLegal).forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\r' -> escaped.append("&#13;");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /** Whether XML 1.0 allows the character (section 2.2, {@code Char}). */
    static boolean isLegal(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
