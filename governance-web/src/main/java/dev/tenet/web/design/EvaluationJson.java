package dev.tenet.web.design;

import dev.tenet.web.design.PinnedEvaluation.AttestationView;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.design.PinnedEvaluation.ValueRead;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** Reads the pinned evaluation JSON (the API's shape, JsonReport) into the pages' view. */
@Component
class EvaluationJson {

    private final JsonMapper mapper;

    EvaluationJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    PinnedEvaluation read(String json) {
        if (json == null || json.isBlank()) {
            return PinnedEvaluation.none();
        }
        JsonNode root = mapper.readTree(json);
        List<FindingView> findings = new ArrayList<>();
        root.path("findings").values().forEach(node -> findings.add(finding(node)));
        List<AttestationView> attestations = new ArrayList<>();
        root.path("attestations").values().forEach(node -> attestations.add(attestation(node)));
        return new PinnedEvaluation(text(root.path("policyCommit")), text(root.path("tier")),
                text(root.path("decision")), findings, attestations);
    }

    private FindingView finding(JsonNode node) {
        List<ValueRead> values = new ArrayList<>();
        node.path("values").forEachEntry((path, value) -> values.add(value.isNull()
                ? new ValueRead(path, "", false)
                : new ValueRead(path, value.isString() ? value.asString() : mapper.writeValueAsString(value), true)));
        JsonNode waiver = node.path("waiver");
        String waiverNote = waiver.isMissingNode() ? "" : text(waiver.path("approver")) + " until "
                + text(waiver.path("expires")) + ": " + text(waiver.path("justification"));
        return new FindingView(text(node.path("policy")), text(node.path("policyVersion")), text(node.path("principle")),
                text(node.path("rule")), text(node.path("outcome")), text(node.path("enforcement")),
                text(node.path("severity")), text(node.path("message")), text(node.path("remediation")),
                text(node.path("detail")), values, text(node.path("location")), waiverNote);
    }

    private static AttestationView attestation(JsonNode node) {
        JsonNode answer = node.path("answer");
        return new AttestationView(text(node.path("id")), text(node.path("policy")), text(node.path("stage")),
                text(node.path("question")), text(node.path("status")),
                answer.isBoolean() ? String.valueOf(answer.booleanValue()) : "",
                text(node.path("evidence")), text(node.path("evidenceRequired")));
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asString();
    }
}
