package dev.tenet.engine.report;

import dev.tenet.model.Waiver;
import dev.tenet.model.evaluation.Finding;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** How every format words a finding: why it came out so, what the rule read, the waiver. */
final class Explanation {

    private Explanation() {
    }

    /** Why the finding came out so: the engine's detail, or else what the rule read; may be empty. */
    static String why(Finding finding) {
        return finding.detail().isBlank() ? values(finding.values()) : finding.detail();
    }

    /** What the rule read, as {@code design.a is false, design.b is not set}; empty when it read nothing. */
    static String values(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + " is " + value(entry.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** A value a rule read: {@code not set}, or the value as JSON. */
    static String value(Object value) {
        return value == null ? "not set" : Json.compact(value);
    }

    /** Whether the detail leaves out some value the rule read, so a reader should see the values too. */
    static boolean valuesAddToDetail(Finding finding) {
        return !finding.detail().isBlank()
                && finding.values().keySet().stream().anyMatch(path -> !finding.detail().contains(path));
    }

    /** {@code waived until 2026-03-31 by pat: justification}. */
    static String waiver(Waiver waiver) {
        String by = waiver.approver().isBlank() ? "" : " by " + waiver.approver();
        return "waived until " + waiver.expires() + by + ": " + waiver.justification();
    }

    /** The parts that are not blank, each ended as a sentence, joined by spaces. */
    static String sentences(String... parts) {
        return Arrays.stream(parts)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(Explanation::ended)
                .collect(Collectors.joining(" "));
    }

    /** The finding in one paragraph: message, why, and what to do. */
    static String paragraph(Finding finding) {
        String fix = finding.remediation().isBlank() ? "" : "Fix: " + finding.remediation();
        return sentences(finding.message(), why(finding), fix);
    }

    private static String ended(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return ".!?:;".indexOf(last) >= 0 ? sentence : sentence + ".";
    }
}
