package dev.stickerplatform.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Guards the module rules of ARCHITECTURE.md §1 on the production classes of every module, and the layering of
 * bootstrap's packages: config and logging know no other bootstrap package, wiring builds on config, the commands
 * (cli) and benches on both, and only {@code Main} sees everything.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.stickerplatform";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String HTTP = ROOT + ".adapters.http..";
    private static final String ALGORAND = ROOT + ".adapters.algorand..";
    private static final String PERSISTENCE = ROOT + ".adapters.persistence..";
    private static final String KMS = ROOT + ".adapters.kms..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";
    /** The package of {@code Main} alone, without its sub-packages. */
    private static final String BOOTSTRAP_MAIN = ROOT + ".bootstrap";
    private static final String CONFIG = ROOT + ".bootstrap.config..";
    private static final String WIRING = ROOT + ".bootstrap.wiring..";
    private static final String CLI = ROOT + ".bootstrap.cli..";
    private static final String BENCH = ROOT + ".bootstrap.bench..";
    private static final String LOGGING = ROOT + ".bootstrap.logging..";
    private static final String EMBEDDING = ROOT + ".bootstrap.embedding..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // production classes only, whether a module comes as target/classes (reactor) or as its jar
        ImportOption productionOnly = location -> !location.contains("/test-classes/")
                && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages(ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "domain.model", "domain.policy", "domain.port", "application",
            "adapters.http", "adapters.algorand", "adapters.persistence", "adapters.kms", "bootstrap",
            "bootstrap.config", "bootstrap.wiring", "bootstrap.cli", "bootstrap.bench", "bootstrap.logging",
            "bootstrap.embedding"})
    void everyRuleTargetsAPackageThatHasClasses(String module) {
        String prefix = ROOT + "." + module + ".";
        assertThat(classes.stream().filter(c -> c.getName().startsWith(prefix))).as(module).isNotEmpty();
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(classes);
    }

    @Test
    void applicationDependsOnTheDomainAndTheJdkOnly() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
                .check(classes);
    }

    @Test
    void domainAndApplicationDoNotKnowTheAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP, ALGORAND, PERSISTENCE, KMS, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void httpAdapterUsesUseCasesButNoOtherAdapter() {
        noClasses().that().resideInAPackage(HTTP)
                .should().dependOnClassesThat().resideInAnyPackage(ALGORAND, PERSISTENCE, KMS, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void algorandAdapterDependsOnTheDomainOnly() {
        noClasses().that().resideInAPackage(ALGORAND)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, HTTP, PERSISTENCE, KMS, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void persistenceAdapterDependsOnTheDomainOnly() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, HTTP, ALGORAND, KMS, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void kmsAdapterDependsOnTheDomainOnly() {
        noClasses().that().resideInAPackage(KMS)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, HTTP, ALGORAND, PERSISTENCE, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void bootstrapConfigAndLoggingKnowNoOtherBootstrapPackage() {
        noClasses().that().resideInAnyPackage(CONFIG, LOGGING)
                .should().dependOnClassesThat().resideInAnyPackage(BOOTSTRAP_MAIN, WIRING, CLI, BENCH, EMBEDDING)
                .check(classes);
        noClasses().that().resideInAPackage(CONFIG)
                .should().dependOnClassesThat().resideInAPackage(LOGGING)
                .check(classes);
    }

    @Test
    void bootstrapWiringKnowsTheConfigurationButNoCommandBenchOrEmbedder() {
        noClasses().that().resideInAPackage(WIRING)
                .should().dependOnClassesThat().resideInAnyPackage(BOOTSTRAP_MAIN, CLI, BENCH, EMBEDDING)
                .check(classes);
    }

    @Test
    void commandLineToolsKnowNeitherTheBenchesNorTheEmbeddingApi() {
        noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAnyPackage(BOOTSTRAP_MAIN, BENCH, EMBEDDING)
                .check(classes);
    }

    @Test
    void theEmbeddingApiKnowsNoCommandOrBench() {
        noClasses().that().resideInAPackage(EMBEDDING)
                .should().dependOnClassesThat().resideInAnyPackage(BOOTSTRAP_MAIN, CLI, BENCH)
                .check(classes);
    }

    @Test
    void javalinStaysInTheHttpAdapter() {
        noClasses().that().resideOutsideOfPackage(HTTP)
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void databaseAndRedisClientsStayInThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "redis.clients..", "org.flywaydb..",
                        "com.zaxxer..")
                .check(classes);
    }

    @Test
    void algosdkStaysInTheAlgorandAdapter() {
        noClasses().that().resideOutsideOfPackage(ALGORAND)
                .should().dependOnClassesThat().resideInAPackage("com.algorand..")
                .check(classes);
    }
}
