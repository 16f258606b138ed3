package dev.tenet.model.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code anyOf}/{@code oneOf} from burying a user in errors. The schema library reports
 * every failing branch of a choice; a person wants the errors of the branch they evidently meant
 * (one whose shape fits the value), or, when no branch fits, one problem saying what would.
 */
final class Cascades {

    private static final Set<String> CHOICES = Set.of("anyOf", "oneOf");
    private static final Set<String> SHAPE = Set.of("type", "enum", "const");
    /** Keywords whose sub-schema applies to a child of the instance, named by the next step. */
    private static final Set<String> NAMED_CHILD = Set.of("properties", "patternProperties", "prefixItems");
    /** Keywords whose sub-schema applies to a child of the instance. */
    private static final Set<String> ANY_CHILD = Set.of(
            "items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains");
    /** Keywords followed by a name that is not an instance step. */
    private static final Set<String> NAMED_SCHEMA = Set.of("$defs", "dependentSchemas");

    /**
     * What is left to report.
     *
     * @param errors   errors outside any choice, and those of each choice's best branch
     * @param noneFits per choice that no branch fits, its branches' shape errors at the value
     */
    record Resolved(List<Error> errors, List<List<Error>> noneFits) {
    }

    private Cascades() {
    }

    static Resolved resolve(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        List<List<Error>> noneFits = new ArrayList<>();
        resolve(errors, 0, kept, noneFits);
        return new Resolved(kept, noneFits);
    }

    private static void resolve(List<Error> errors, int from, List<Error> kept, List<List<Error>> noneFits) {
        Map<Choice, Map<Integer, List<Error>>> choices = new LinkedHashMap<>();
        Map<Choice, Error> summaries = new LinkedHashMap<>();
        for (Error error : errors) {
            NodePath path = error.getEvaluationPath();
            int at = choiceIndex(path, from);
            if (at < 0) {
                kept.add(error);
            } else if (at + 1 == path.getNameCount()) {
                summaries.put(Choice.of(error, at), error);
            } else {
                choices.computeIfAbsent(Choice.of(error, at), k -> new LinkedHashMap<>())
                        .computeIfAbsent((Integer) path.getElement(at + 1), k -> new ArrayList<>()).add(error);
            }
        }
        summaries.forEach((choice, summary) -> {
            if (!choices.containsKey(choice)) {
                kept.add(summary); // a oneOf that more than one branch matches: no branch errors to show
            }
        });
        choices.forEach((choice, branches) -> pick(choice, branches, kept, noneFits));
    }

    private static void pick(Choice choice, Map<Integer, List<Error>> branches, List<Error> kept, List<List<Error>> noneFits) {
        List<List<Error>> fitting = branches.values().stream()
                .filter(branch -> branch.stream().noneMatch(choice::isShapeError)).toList();
        if (fitting.isEmpty()) {
            noneFits.add(branches.values().stream().flatMap(List::stream).filter(choice::isShapeError).toList());
            return;
        }
        List<Error> best = fitting.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
        resolve(best, choice.at() + 2, kept, noneFits);
    }

    private static int choiceIndex(NodePath path, int from) {
        for (int i = from; i < path.getNameCount(); i++) {
            boolean branchFollows = i + 1 == path.getNameCount() || path.getElement(i + 1) instanceof Integer;
            if (CHOICES.contains(String.valueOf(path.getElement(i))) && branchFollows) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One {@code anyOf} or {@code oneOf} applied to one value.
     *
     * @param keywordPath the evaluation path through the choice keyword
     * @param at          the index of the choice keyword in the evaluation path
     * @param value       the instance location of the value the choice applies to
     */
    private record Choice(String keywordPath, int at, NodePath value) {

        static Choice of(Error error, int at) {
            NodePath path = error.getEvaluationPath();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i <= at; i++) {
                key.append('/').append(path.getElement(i));
            }
            NodePath value = error.getInstanceLocation();
            for (int drop = value.getNameCount() - instanceDepth(path, at); drop > 0; drop--) {
                value = value.getParent();
            }
            return new Choice(key.toString(), at, value);
        }

        boolean isShapeError(Error error) {
            return SHAPE.contains(error.getKeyword()) && error.getInstanceLocation().equals(value);
        }

        /** How many instance steps the evaluation path takes before {@code until}. */
        private static int instanceDepth(NodePath path, int until) {
            int depth = 0;
            for (int i = 0; i < until; i++) {
                String step = String.valueOf(path.getElement(i));
                if (NAMED_CHILD.contains(step)) {
                    depth++;
                    i++;
                } else if (ANY_CHILD.contains(step)) {
                    depth++;
                } else if (NAMED_SCHEMA.contains(step)) {
                    i++;
                }
            }
            return depth;
        }
    }
}
