package dev.tenet.web.evaluation;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.report.JsonReport;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.InvalidDesignException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Evaluates a design without keeping anything: what an engineer's CI asks before submitting. The
 * answer is the same Evaluation a submission pins, at the policy branch's head or at another ref.
 */
@Service
class DryRun {

    /** How the document is named in the problems of a body that does not read. */
    static final String DOCUMENT = "design.yaml";

    private final PolicyService policies;
    private final Clock clock;
    private final DocumentReader reader = new DocumentReader();
    private final Evaluator evaluator = new Evaluator();

    DryRun(PolicyService policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * The Evaluation of a WorkloadDesign document in the API's shape.
     *
     * @param ref a branch, tag or commit to evaluate at; {@code null} or blank for the policy branch's head
     * @throws dev.tenet.engine.git.UnknownRevisionException when the ref names no commit
     * @throws InvalidDesignException                        when the document does not read
     */
    Map<String, Object> evaluate(byte[] document, String ref) {
        PolicyBundle bundle = ref == null || ref.isBlank() ? policies.current() : policies.at(ref.strip());
        ReadResult<WorkloadDesign> read = reader.read(DOCUMENT, document, WorkloadDesign.class);
        if (!read.isSuccess()) {
            throw new InvalidDesignException(read.problems());
        }
        return JsonReport.evaluation(evaluator.evaluate(bundle, EvaluationInput.of(read.value(), LocalDate.now(clock))));
    }
}
