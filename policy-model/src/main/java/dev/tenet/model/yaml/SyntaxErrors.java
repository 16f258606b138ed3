package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Map;
import java.util.Optional;

/**
 * Words SnakeYAML's exceptions as problems a person can act on: at the 1-based position of the
 * mistake, in the words of the file rather than of the parser ("a key", not
 * {@code <block mapping start>}), with a hint for the common mistakes, and never a class name.
 */
final class SyntaxErrors {

    /** SnakeYAML's token names, as a person reading the file would say them. */
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("<block end>", "the end of the block"),
            Map.entry("<block mapping start>", "a key"),
            Map.entry("<block sequence start>", "a list"),
            Map.entry("<stream start>", "the start of the file"),
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<document start>", "'---'"),
            Map.entry("<document end>", "'...'"),
            Map.entry("<scalar>", "a value"),
            Map.entry("<alias>", "an alias"),
            Map.entry("<anchor>", "an anchor"),
            Map.entry("<tag>", "a tag"),
            Map.entry("<directive>", "a directive"),
            Map.entry("?", "a key"));

    private SyntaxErrors() {
    }

    /** A syntax error, at the position where SnakeYAML found it unless where its construct starts says more. */
    static Problem problem(Locator locator, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position start = locator.position(e.getContextMark() != null ? e.getContextMark() : problemMark);
        Optional<String> atStart = reportedAtStart(problem, context);
        if (atStart.isPresent()) {
            return locator.error(start, atStart.get());
        }
        return locator.error(locator.position(problemMark), message(problem, context, start));
    }

    /** Mistakes better shown where the unfinished construct starts than where the parser gave up. */
    private static Optional<String> reportedAtStart(String problem, String context) {
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return Optional.of("this quoted value is never closed: add the closing quote");
        }
        if (context.contains("simple key") && problem.contains("expected ':'")) {
            return Optional.of("could not find the ':' after this key; if the line continues the value above it,"
                    + " indent it further");
        }
        return Optional.empty();
    }

    private static String message(String problem, String context, Position start) {
        if (problem.contains("another document")) {
            return "only one document per file: put this second document in a file of its own";
        }
        if (problem.contains("\\t") || problem.contains("(TAB)")) {
            return "tabs are not allowed for indentation; use spaces";
        }
        if (problem.startsWith("found character")) {
            return problem.replaceFirst("\\. \\(Do not use .*$", "")
                    .replace("that cannot start any token", "that cannot start a value") + "; quote the value";
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            String closer = problem.startsWith("expected ',' or ']'") ? "]" : "}";
            if (problem.endsWith("but got ?")) {
                // SnakeYAML ends a plain value at '?' inside [ ] and { }, where YAML 1.2 would not
                return "inside " + (closer.equals("]") ? "[ ]" : "{ }") + " a value with '?' in it must be quoted:"
                        + " write it as \"...?\"";
            }
            return "expected ',' or '" + closer + "' here: is the " + (closer.equals("]") ? "list" : "mapping")
                    + " that starts at line " + start.line() + ", column " + start.column() + " missing its '"
                    + closer + "'?";
        }
        if (problem.equals("mapping values are not allowed here")) {
            return "mapping values are not allowed here: check this line's indentation, or quote a value that"
                    + " contains ': '";
        }
        if (problem.startsWith("expected '<document start>'") && problem.contains("<block mapping start>")) {
            return "bad indentation: this key is indented less than the first line of the file";
        }
        String where = context.isEmpty() ? "" : " (in " + context(context) + " that starts at line " + start.line() + ")";
        if (problem.startsWith("expected <block end>")) {
            return blockEnd(problem) + where;
        }
        return (problem.isEmpty() ? tokens(context) : tokens(problem)) + where;
    }

    /** A SnakeYAML exception without a position: one of its own limits, which ours should have met first. */
    static Problem unmarked(Locator locator, YAMLException e, YamlLimits limits) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Nesting Depth")) {
            return locator.error(Position.START, "nesting deeper than " + limits.maxDepth() + " levels");
        }
        if (message.contains("aliases")) {
            return locator.error(Position.START, "anchors and aliases are not supported");
        }
        if (message.contains("code points")) {
            return locator.error(Position.START, "file has more than " + limits.maxCodePoints()
                    + " characters; the limit is " + limits.maxCodePoints());
        }
        return locator.error(Position.START, "could not read the file as YAML");
    }

    /** "expected the end of the block, but found ...": nearly always indentation. */
    private static String blockEnd(String problem) {
        if (problem.endsWith("'-'")) {
            return "a list item is not allowed here, among the keys of a mapping: indent the list under its key";
        }
        if (problem.endsWith("'<block mapping start>'") || problem.endsWith("'?'")) {
            return "bad indentation: this key does not line up with the keys before it";
        }
        if (problem.endsWith("'<scalar>'")) {
            return "unexpected text after a value: quote the whole value";
        }
        int found = problem.indexOf("but found ");
        return found < 0 ? tokens(problem) : "unexpected " + tokens(problem.substring(found + 10)) + " here";
    }

    /** "while parsing a block mapping" as "the mapping". */
    private static String context(String context) {
        String what = context.replaceFirst("^while (parsing|scanning) (an? )?", "")
                .replace("block collection", "list")
                .replace("flow sequence", "list")
                .replace("block mapping", "mapping")
                .replace("flow mapping", "mapping")
                .replace("block node", "value")
                .replace("simple key", "key")
                .replace("scalar", "value");
        return "the " + what;
    }

    private static String tokens(String text) {
        String result = text;
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            result = result.replace("'" + token.getKey() + "'", token.getValue());
            if (token.getKey().startsWith("<")) {
                result = result.replace(token.getKey(), token.getValue());
            }
        }
        return result.replace("the node content", "a value");
    }
}
