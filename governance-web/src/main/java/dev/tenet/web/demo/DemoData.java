package dev.tenet.web.demo;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.SubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo profile's sample designs (DESIGN.md section 8), so a newcomer sees a living system at
 * once: the library's example designs taken through the real workflow by the demo users, each to
 * a different state. Seeds nothing when any design exists, so a restart never seeds twice.
 *
 * <p>Runs after every other runner ({@link Ordered#LOWEST_PRECEDENCE}) and after the account
 * module has created the demo users (it does so before any runner). Each sample is seeded in its
 * own transaction: one that fails (a library change the story no longer fits) is logged and left
 * out, and the others still appear. {@code tenet.demo.sample-designs=false} keeps the demo users
 * and leaves out the designs, for tests of the demo profile that need an empty system.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = "tenet.demo.sample-designs", matchIfMissing = true)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Designs designs;
    private final Accounts accounts;
    private final SubmissionService submissions;
    private final PolicyService policies;
    private final ExampleDesigns examples;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(Designs designs, Accounts accounts, SubmissionService submissions, PolicyService policies,
             ExampleDesigns examples, PlatformTransactionManager transactionManager, Clock clock) {
        this.designs = designs;
        this.accounts = accounts;
        this.submissions = submissions;
        this.policies = policies;
        this.examples = examples;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = designs.count();
        if (existing > 0) {
            LOG.info("Demo data: {} designs exist already; seeding none", existing);
            return;
        }
        List<String> missing = new ArrayList<>();
        DemoCast cast = DemoCast.of(accounts, missing).orElse(null);
        if (cast == null) {
            LOG.warn("Demo data: the demo users {} have no enabled account; seeding no designs", missing);
            return;
        }
        DemoScenarios scenarios = new DemoScenarios(submissions, new ReviewSteps(submissions, policies, cast), cast, clock);
        Map<String, String> sources;
        try {
            sources = examples.atCurrentCommit();
        } catch (RuntimeException e) {
            LOG.warn("Demo data: cannot read the example designs of the policy library; seeding none: {}", e.getMessage());
            return;
        }
        int seeded = 0;
        for (DemoScenarios.Scenario scenario : DemoScenarios.ALL) {
            seeded += seed(scenarios, scenario, sources.get(scenario.file())) ? 1 : 0;
        }
        LOG.info("Demo data: seeded {} of {} sample designs at policy commit {}", seeded, DemoScenarios.ALL.size(),
                policies.current().commit());
    }

    /** Plays one scenario in its own transaction: all of it is seeded, or none of it. */
    private boolean seed(DemoScenarios scenarios, DemoScenarios.Scenario scenario, String yaml) {
        if (yaml == null) {
            LOG.warn("Demo data: the policy library has no example {}; skipped", scenario.file());
            return false;
        }
        try {
            Design design = transactions.execute(status -> scenarios.play(scenario, yaml));
            LOG.info("Demo data: {} is {}{}", design, design.state(),
                    design.stage().isEmpty() ? "" : " at stage " + design.stage());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Demo data: could not seed {}: {}", scenario.name(), e.getMessage());
            return false;
        }
    }
}
