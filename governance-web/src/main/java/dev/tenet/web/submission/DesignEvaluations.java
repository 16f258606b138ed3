package dev.tenet.web.submission;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.report.JsonReport;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.ReadResult;
import dev.tenet.model.Waiver;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.read.DocumentReader;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads design documents and evaluates a design's current revision with what reviewers recorded. */
@Component
class DesignEvaluations {

    private final DocumentReader reader = new DocumentReader();
    private final Evaluator evaluator = new Evaluator();

    /** The design in a YAML document, or every problem with it. */
    WorkloadDesign read(String file, String yaml) {
        ReadResult<WorkloadDesign> result = reader.read(file, yaml.getBytes(StandardCharsets.UTF_8), WorkloadDesign.class);
        if (!result.isSuccess()) {
            throw new InvalidDesignException(result.problems());
        }
        return result.value();
    }

    /** The current revision evaluated against a bundle, with its waivers and recorded answers, on a day. */
    Evaluation evaluate(PolicyBundle bundle, Design design, WorkloadDesign document, LocalDate today) {
        Map<String, AttestationAnswer> recorded = new LinkedHashMap<>();
        design.currentAnswers().forEach(answer -> recorded.put(answer.attestation(), answer.toAnswer()));
        List<Waiver> waivers = design.currentWaivers().stream().map(GrantedWaiver::toWaiver).toList();
        return evaluate(bundle, document, waivers, recorded, today);
    }

    /** A design document evaluated against a bundle with these waivers and recorded answers, on a day. */
    Evaluation evaluate(PolicyBundle bundle, WorkloadDesign document, List<Waiver> waivers,
                        Map<String, AttestationAnswer> recorded, LocalDate today) {
        return evaluator.evaluate(bundle, EvaluationInput.of(document, today).withWaivers(waivers).withRecorded(recorded));
    }

    /** The evaluation as the API shows it. */
    static String json(Evaluation evaluation) {
        return JsonReport.evaluationJson(evaluation);
    }

    /** SHA-256 of a text, hex: how revisions and evaluations are fingerprinted in the audit trail. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
