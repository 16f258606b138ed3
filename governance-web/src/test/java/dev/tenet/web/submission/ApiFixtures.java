package dev.tenet.web.submission;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.RiskTier;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** People, designs and the policy library for the API's controller tests. */
final class ApiFixtures {

    static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    static final Actor ROSA = new Actor("rosa", "", Set.of("RESEARCH"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));

    private static PolicyBundle bundle;

    private ApiFixtures() {
    }

    /** MockMvc signs the request in as this actor. */
    static RequestPostProcessor as(Actor actor) {
        return user(SignedInUser.of(actor));
    }

    /** This checkout's policy library, loaded once. */
    static synchronized PolicyBundle bundle() {
        if (bundle == null) {
            bundle = new BundleLoader().load(LibrarySource.worktree(TemporaryPolicyRepository.library())).value();
        }
        return bundle;
    }

    /** An example design of the library, as its YAML text. */
    static String example(String name) {
        try {
            return Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example design evaluated against the library, as a submission pins it. */
    static Evaluation evaluation(String name) {
        WorkloadDesign design = new DocumentReader().read(name + ".yaml", example(name).getBytes(), WorkloadDesign.class)
                .value();
        return new Evaluator().evaluate(bundle(), EvaluationInput.of(design, LocalDate.of(2030, 3, 1)));
    }

    /** A stored draft of claims-triage, owned by erin. */
    static Design draft(long id) {
        return new Design(id, "claims", "claims-triage", "erin", DesignState.DRAFT, "", 1, 1, "", null, null, "", "",
                null, NOW, NOW, 0L);
    }

    /** claims-triage submitted by erin and under review at the research stage, where riley approved. */
    static Design inResearch(long id) {
        Design design = draft(id);
        Evaluation evaluation = evaluation("claims-triage");
        design.submit(ERIN, evaluation, DesignEvaluations.json(evaluation),
                bundle().governance().stagesFor(RiskTier.HIGH), NOW);
        design.review(RILEY, "research", Verdict.APPROVE, "harms are covered", evaluation,
                bundle().governance().stagesFor(RiskTier.HIGH), NOW.plusSeconds(60));
        return design;
    }
}
