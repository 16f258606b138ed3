package dev.tenet.web.architecture;

import dev.tenet.web.TenetApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of {@code dev.tenet.web} is a feature module: its top package is its
 * API, its sub-packages are hidden, and no two modules depend on each other in a cycle.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TenetApplication.class);

    @Test
    void featureModulesOnlyUseEachOthersApisAndFormNoCycles() {
        MODULES.verify();
    }
}
