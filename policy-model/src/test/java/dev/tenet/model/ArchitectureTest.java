package dev.tenet.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * policy-model's boundaries (DESIGN.md section 1, STYLE.md rule 8): it knows nothing of Spring, git or
 * CEL, and only one package touches each parsing library.
 */
@AnalyzeClasses(packages = "dev.tenet.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheYamlPackageUsesSnakeYaml = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.model.yaml..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
            .because("YAML parsing lives in the yaml package; everything else works on TreeNode");

    @ArchTest
    static final ArchRule onlyTheSchemaPackageUsesTheSchemaValidator = noClasses()
            .that().resideOutsideOfPackage("dev.tenet.model.schema..")
            .should().dependOnClassesThat().resideInAPackage("com.networknt..")
            .because("JSON Schema validation lives in the schema package");

    @ArchTest
    static final ArchRule nothingKnowsSpringGitOrCel = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.eclipse.jgit..", "dev.cel..")
            .because("the model is plain records: the engine and the web module build on it, not the reverse");
}
