package dev.tenet.model.schema;

import dev.tenet.model.Suggestions;
import dev.tenet.model.tree.ScalarNode;
import dev.tenet.model.tree.TreeNode;

import java.util.List;
import java.util.Map;

/**
 * The words of schema problems: what a person needs to fix the file, never the schema library's
 * own text, Java names or JSON pointers.
 */
final class Messages {

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "object", "a mapping", "array", "a list", "string", "a string", "integer", "an integer",
            "number", "a number", "boolean", "a boolean", "null", "null");

    private Messages() {
    }

    static String unknownKey(String key, List<String> allowed) {
        String hint = Suggestions.hint(key, allowed);
        if (!hint.isEmpty() || allowed.isEmpty()) {
            return "unknown key " + quote(key) + hint;
        }
        return "unknown key " + quote(key) + "; allowed keys: " + String.join(", ", allowed);
    }

    static String badKey(String key, String mapping, String format) {
        return "key " + quote(key) + " in " + mapping + " does not match " + format;
    }

    static String missingKey(String key, String mapping) {
        return "missing required key " + quote(key) + " in " + mapping;
    }

    static String wrongType(List<String> expectedTypes, TreeNode value) {
        List<String> names = expectedTypes.stream().map(t -> TYPE_NAMES.getOrDefault(t, t)).toList();
        return "expected " + String.join(" or ", names) + ", found " + found(value);
    }

    static String notOneOf(TreeNode value, List<String> allowed) {
        String choices = String.join(", ", allowed);
        if (value instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            return shown(scalar) + " is not one of: " + choices + Suggestions.hint(scalar.text(), allowed);
        }
        return "expected one of: " + choices + ", found " + found(value);
    }

    static String notConstant(String path, String expected, TreeNode value) {
        return path + " must be " + quote(expected) + ", found " + shown(value);
    }

    static String noMatch(TreeNode value, String format) {
        return shown(value) + " does not match " + format;
    }

    static String badFormat(String path, String format, TreeNode value) {
        String wanted = "date".equals(format) ? "a date written YYYY-MM-DD, like '2025-12-31'" : "a valid " + format;
        return path + " must be " + wanted + ", found " + shown(value);
    }

    /** Limits on how many items, keys or characters: {@code minItems}, {@code maxLength}, ... */
    static String count(String path, String keyword, long limit) {
        if ("minLength".equals(keyword) && limit == 1) {
            return path + " must not be empty";
        }
        String bound = keyword.startsWith("min") ? "at least " : "at most ";
        if (keyword.endsWith("Length")) {
            return path + " must be " + bound + plural(limit, "character") + " long";
        }
        return path + " must have " + bound + plural(limit, keyword.endsWith("Items") ? "item" : "key");
    }

    /** Limits on a number's value: {@code minimum}, {@code exclusiveMaximum}, ... */
    static String bound(String path, String keyword, String limit, TreeNode value) {
        String relation = switch (keyword) {
            case "minimum" -> "at least ";
            case "maximum" -> "at most ";
            case "exclusiveMinimum" -> "greater than ";
            default -> "less than ";
        };
        return path + " must be " + relation + limit + ", found " + shown(value);
    }

    static String duplicate(String path, TreeNode item) {
        return path + " lists " + shown(item) + " more than once";
    }

    static String ambiguous(String path) {
        return path + " fits more than one of the forms it may take; make it fit exactly one";
    }

    static String other(String path, String libraryMessage) {
        return path + " " + libraryMessage;
    }

    /** "a string ('yes')", "a mapping", "null"; JSON has no NaN or infinity, so those are named. */
    static String found(TreeNode node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Double number && !Double.isFinite(number)) {
            return quote(scalar.text()) + ", which is not a finite number";
        }
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            return node.describe() + " (" + quote(scalar.text()) + ")";
        }
        return node.describe();
    }

    /** "'yes'" for a string, "12" or "true" as written for other scalars, "a mapping" for others. */
    static String shown(TreeNode node) {
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarNode.Type.NULL) {
            return scalar.type() == ScalarNode.Type.STRING ? quote(scalar.text()) : scalar.text();
        }
        return node.describe();
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    static String quote(String text) {
        return "'" + text + "'";
    }
}
