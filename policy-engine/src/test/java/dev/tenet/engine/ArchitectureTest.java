package dev.tenet.engine;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * policy-engine's boundaries (DESIGN.md section 1, STYLE.md rules 5 and 8): one package per library
 * (CEL, JGit, picocli), nothing of Spring or SnakeYAML, the command line on top of everything else,
 * and no cycles between the engine's packages.
 */
@AnalyzeClasses(packages = "dev.tenet.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheExpressionPackageUsesCel = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.engine.expression..")
            .should().dependOnClassesThat().resideInAPackage("dev.cel..")
            .because("rules are compiled and evaluated in the expression package; the rest sees no CEL type");

    @ArchTest
    static final ArchRule onlyTheGitPackageUsesJGit = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.engine.git..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
            .because("the engine reads git only through the git package");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.engine.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("everything the command line does is callable from Java without it");

    @ArchTest
    static final ArchRule nothingDependsOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.engine.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.tenet.engine.cli..")
            .because("the command line only parses arguments and prints; the web module uses the engine, not the CLI");

    @ArchTest
    static final ArchRule nothingReadsYamlItself = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
            .because("YAML is read by policy-model's yaml package; the engine works on its documents");

    @ArchTest
    static final ArchRule nothingKnowsSpring = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("policy-engine knows nothing of Spring (DESIGN.md section 1)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.tenet.engine.(*)..")
            .should().beFreeOfCycles();
}
