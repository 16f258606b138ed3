package dev.tenet.web.design;

import dev.tenet.model.Governance;
import dev.tenet.model.Principle;
import dev.tenet.model.Stage;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.web.account.Actor;
import dev.tenet.web.drift.DriftNotices;
import dev.tenet.web.design.DesignPage.HarmRow;
import dev.tenet.web.design.DesignPage.DriftRow;
import dev.tenet.web.design.DesignPage.Header;
import dev.tenet.web.design.DesignPage.PolicyChange;
import dev.tenet.web.design.DesignPage.PrincipleGroup;
import dev.tenet.web.design.DesignPage.StageAttestations;
import dev.tenet.web.design.DesignPage.StageProgress;
import dev.tenet.web.design.DesignPage.TimelineEntry;
import dev.tenet.web.design.DesignPage.WaiverRow;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Revision;
import dev.tenet.web.submission.Revisions;
import dev.tenet.web.submission.SignOff;
import dev.tenet.web.submission.VisibleDesigns;
import dev.tenet.web.submission.Verdict;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Assembles a design's page from the aggregate, its current revision, its pinned evaluation and its drifts. */
@Component
class DesignPages {

    private final VisibleDesigns visible;
    private final Revisions revisions;
    private final PolicyService policies;
    private final EvaluationJson evaluations;
    private final DriftNotices drifts;
    private final ZoneId zone;
    private final DocumentReader reader = new DocumentReader();

    DesignPages(VisibleDesigns visible, Revisions revisions, PolicyService policies, EvaluationJson evaluations,
                DriftNotices drifts, Clock clock) {
        this.visible = visible;
        this.revisions = revisions;
        this.policies = policies;
        this.evaluations = evaluations;
        this.drifts = drifts;
        this.zone = clock.getZone();
    }

    /** The page of a design the person may see; one they may not see is answered as one that does not exist. */
    DesignPage page(Actor actor, long id) {
        Design design = visible.find(actor, id);
        PinnedEvaluation evaluation = evaluations.read(design.evaluation());
        Governance governance = design.tier() == null ? null : policies.at(design.policyCommit()).governance();
        List<Stage> stages = governance == null ? List.of() : governance.stagesFor(design.tier());
        String yaml = revisions.findByDesignIdAndNumber(design.id(), design.revision()).map(Revision::yaml).orElse("");
        PolicyChange policyChange = new PolicyChange(design.state().isUnderReview() ? design.policyCommit() : "",
                policies.current().commit());
        var actions = DesignActions.of(actor, design, stages, evaluation, policyChange.changed());
        List<StageProgress> progress = stages.stream().map(stage -> progress(design, stages, stage,
                governance.slaDays(stage.id()).orElse(null))).toList();
        List<StageAttestations> attestations = stages.stream().map(stage -> new StageAttestations(stage.id(),
                evaluation.attestations().stream().filter(a -> a.stage().equals(stage.id())).toList(),
                actions.answerStages().contains(stage.id()))).filter(s -> !s.attestations().isEmpty()).toList();
        return new DesignPage(header(design, evaluation, yaml), evaluation, principles(evaluation), progress,
                attestations, harms(design), waivers(design), timeline(design), yaml, actions, policyChange,
                drifts(design));
    }

    private Header header(Design design, PinnedEvaluation evaluation, String yaml) {
        return new Header(design.id(), design.team(), design.name(), design.owner(), design.revision(),
                design.round(), design.state().name(), design.stage(), evaluation.tier(), evaluation.decision(),
                design.policyCommit(), design.submittedBy(), description(design, yaml),
                When.of(design.stageEnteredAt(), zone), When.of(design.updatedAt(), zone));
    }

    private String description(Design design, String yaml) {
        var read = reader.read(design.name() + ".yaml", yaml.getBytes(StandardCharsets.UTF_8),
                WorkloadDesign.class);
        return read.isSuccess() ? read.value().spec().description() : "";
    }

    private static List<PrincipleGroup> principles(PinnedEvaluation evaluation) {
        return Arrays.stream(Principle.values()).map(principle -> {
            List<FindingView> findings = evaluation.findings().stream()
                    .filter(f -> f.principle().equals(principle.id()))
                    .sorted(Comparator.comparingInt(FindingView::rank)).toList();
            return new PrincipleGroup(principle.id(), findings, findings.stream().filter(FindingView::failed).count());
        }).filter(group -> !group.findings().isEmpty()).toList();
    }

    private static StageProgress progress(Design design, List<Stage> stages, Stage stage, Integer slaDays) {
        int here = stages.stream().map(Stage::id).toList().indexOf(design.stage());
        int index = stages.indexOf(stage);
        String status = design.state() == DesignState.APPROVED || (here >= 0 && index < here) ? "done"
                : index == here ? "current" : "pending";
        List<String> approvers = approvers(design.currentSignOffs(), stage);
        if (approvers.isEmpty() && status.equals("done")) {
            // a re-review starts past this stage: what it found in the revision's latest round that signed it stands
            approvers = design.revisionSignOffs().stream().filter(s -> s.stage().equals(stage.id()))
                    .map(SignOff::round).max(Integer::compare)
                    .map(round -> approvers(design.revisionSignOffs().stream().filter(s -> s.round() == round).toList(),
                            stage))
                    .orElse(List.of());
        }
        return new StageProgress(stage.id(), stage.role(), stage.quorumFor(design.tier()), approvers, status, slaDays);
    }

    private static List<String> approvers(List<SignOff> signOffs, Stage stage) {
        return signOffs.stream().filter(s -> s.stage().equals(stage.id()) && s.verdict() == Verdict.APPROVE)
                .map(SignOff::reviewer).toList();
    }

    private List<HarmRow> harms(Design design) {
        return design.harms().stream().map(h -> new HarmRow(h.harm(), h.affectedGroup(), h.likelihood(), h.severity(),
                h.mitigation(), h.recordedBy(), When.of(h.at(), zone))).toList();
    }

    private List<WaiverRow> waivers(Design design) {
        return design.waivers().stream()
                .map(w -> new WaiverRow(w.revision(), w.policy(), w.rule(), w.justification(), w.expires().toString(),
                        w.approver(), When.of(w.grantedAt(), zone), w.revision() == design.revision()))
                .sorted(Comparator.comparing(WaiverRow::current).reversed()).toList();
    }

    private List<TimelineEntry> timeline(Design design) {
        return design.signOffs().stream().map(s -> new TimelineEntry(s.revision(), s.round(), s.stage(), s.reviewer(),
                s.verdict().name(), s.comment(), When.of(s.at(), zone),
                s.revision() == design.revision() && s.round() == design.round(), s.revision() != design.revision()))
                .toList();
    }

    private List<DriftRow> drifts(Design design) {
        return drifts.historyOf(design).stream().map(d -> new DriftRow(When.of(d.detectedAt(), zone), d.round(),
                d.fromCommit(), d.toCommit(), d.decisionBefore(), d.decisionAfter(), d.findings())).toList();
    }
}
