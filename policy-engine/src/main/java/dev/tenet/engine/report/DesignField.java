package dev.tenet.engine.report;

import dev.tenet.model.Position;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Finding;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place in a design file a finding is about: the design field its rule read.
 *
 * <p>Of the values a rule read, the first one the design does not set, or else the first that is
 * {@code false}, is most likely the one to change; when every value looks fine the first value
 * read stands in. A finding that read nothing points at the design's {@code spec}, or at 1:1.
 *
 * @param path     the value's path as rules name it ({@code design.data.encryption.atRest}), or
 *                 {@code spec} when the rule read nothing
 * @param position where the field is written, or where it would go when it is not set
 */
record DesignField(String path, Position position) {

    private static final String SPEC = "spec";
    private static final Pattern QUOTED_KEY = Pattern.compile("\\[(['\"])(.*?)\\1]");

    static DesignField of(WorkloadDesign design, Finding finding) {
        String path = chosenPath(finding.values());
        if (path == null) {
            return new DesignField(SPEC, design.source().nearest(SPEC));
        }
        return new DesignField(path, design.source().nearest(sourcePath(path)));
    }

    /** The source-map path of a value path: {@code design.x} is under {@code spec}, {@code meta.x} under {@code metadata}. */
    static String sourcePath(String valuePath) {
        String path = QUOTED_KEY.matcher(valuePath).replaceAll(match -> Matcher.quoteReplacement("." + match.group(2)));
        if (path.equals("design") || path.startsWith("design.")) {
            return SPEC + path.substring("design".length());
        }
        if (path.equals("meta") || path.startsWith("meta.")) {
            return "metadata" + path.substring("meta".length());
        }
        return path;
    }

    private static String chosenPath(Map<String, Object> values) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            if (entry.getValue() == null || Boolean.FALSE.equals(entry.getValue())) {
                return entry.getKey();
            }
        }
        return values.isEmpty() ? null : values.keySet().iterator().next();
    }
}
