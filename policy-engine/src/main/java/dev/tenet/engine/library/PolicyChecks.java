package dev.tenet.engine.library;

import dev.tenet.model.Attestation;
import dev.tenet.model.Governance;
import dev.tenet.model.Policy;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.Stage;
import dev.tenet.model.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks across policy files: ids unique in the library, exactly one Governance document, and every
 * attestation checked by one of its stages.
 */
final class PolicyChecks {

    private PolicyChecks() {
    }

    static List<Problem> check(LibraryDocuments documents) {
        List<Problem> problems = new ArrayList<>();
        uniquePolicyIds(documents.policies(), problems);
        uniqueAttestationIds(documents.policies(), problems);
        governance(documents, problems).ifPresent(governance -> stages(documents.policies(), governance, problems));
        return problems;
    }

    private static void uniquePolicyIds(List<Policy> policies, List<Problem> problems) {
        Map<String, Policy> first = new HashMap<>();
        for (Policy policy : policies) {
            Policy earlier = first.putIfAbsent(policy.id(), policy);
            if (earlier != null) {
                problems.add(Problem.error(file(policy), at(policy, "metadata.id"), "duplicate policy id '" + policy.id()
                        + "': " + where(earlier, "metadata.id") + " already defines it; policy ids must be unique"
                        + " across the library"));
            }
        }
    }

    private static void uniqueAttestationIds(List<Policy> policies, List<Problem> problems) {
        Map<String, Policy> first = new HashMap<>();
        for (Policy policy : policies) {
            for (int i = 0; i < policy.attestations().size(); i++) {
                Attestation attestation = policy.attestations().get(i);
                Policy earlier = first.putIfAbsent(attestation.id(), policy);
                if (earlier != null && earlier != policy) {
                    problems.add(Problem.error(file(policy), at(policy, "spec.attestations[" + i + "].id"),
                            "duplicate attestation id '" + attestation.id() + "': policy " + earlier.id() + " ("
                                    + file(earlier) + ") already asks it; a design answers attestations by id, so"
                                    + " ids must be unique across the library"));
                }
            }
        }
    }

    private static Optional<Governance> governance(LibraryDocuments documents, List<Problem> problems) {
        List<Governance> found = documents.governances();
        if (found.isEmpty() && !documents.brokenFileMayDefine("governance")) {
            String folder = documents.folderWithSlash();
            String file = (folder.equals("./") ? "" : folder) + "governance.yaml";
            problems.add(Problem.error(documents.folder(), Position.START, "no Governance document (kind: Governance)"
                    + " under " + folder + ": add " + file));
        }
        for (Governance extra : found.subList(Math.min(1, found.size()), found.size())) {
            problems.add(Problem.error(extra.source().file(), extra.source().positionOf("kind").orElse(Position.START),
                    "a second Governance document: " + found.get(0).source().file() + " already defines the review"
                            + " workflow; keep one Governance document per library"));
        }
        return found.stream().findFirst();
    }

    private static void stages(List<Policy> policies, Governance governance, List<Problem> problems) {
        List<String> stageIds = governance.stages().stream().map(Stage::id).toList();
        for (Policy policy : policies) {
            for (int i = 0; i < policy.attestations().size(); i++) {
                String stage = policy.attestations().get(i).stage();
                if (!stageIds.contains(stage)) {
                    problems.add(Problem.error(file(policy), at(policy, "spec.attestations[" + i + "].stage"),
                            "unknown stage '" + stage + "'" + Suggestions.hint(stage, stageIds) + ": the Governance"
                                    + " document " + governance.source().file() + " defines "
                                    + String.join(", ", stageIds)));
                }
            }
        }
    }

    private static String file(Policy policy) {
        return policy.source().file();
    }

    private static Position at(Policy policy, String path) {
        return policy.source().nearest(path);
    }

    private static String where(Policy policy, String path) {
        return file(policy) + ":" + at(policy, path);
    }
}
