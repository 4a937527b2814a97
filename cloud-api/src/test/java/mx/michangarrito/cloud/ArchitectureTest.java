package mx.michangarrito.cloud;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.helidon.webserver.http.HttpService;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/** The dependency directions of DESIGN.md for cloud-api, checked on the compiled production classes. */
@AnalyzeClasses(packages = "mx.michangarrito.cloud", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** cloud-api → shared only: never the desktop app, its UI toolkit or the device drivers. */
    @ArchTest
    static final ArchRule noDesktopOrHardware = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "mx.michangarrito.pos..", "mx.michangarrito.hardware..");

    /** Output goes through logging; only {@code Main} (fatal start-up message) and the bench print. */
    @ArchTest
    static final ArchRule onlyMainAndBenchUseStandardStreams = noClasses()
            .that().doNotHaveSimpleName("Main").and().resideOutsideOfPackage("..cloud.bench..")
            .should(ACCESS_STANDARD_STREAMS);

    /** Only repositories (or the {@code ..cloud.db..} package) touch JDBC. */
    @ArchTest
    static final ArchRule onlyRepositoriesUseJdbc = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository")
            .and().resideOutsideOfPackage("..cloud.db..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    /** Repositories are reached from their feature's services, never from HTTP plumbing. */
    @ArchTest
    static final ArchRule httpPlumbingDoesNotUseRepositories = noClasses()
            .that().resideInAnyPackage("..cloud.http..", "..cloud.observe..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** Each feature package has its own {@code HttpService}s; none live in the plumbing packages. */
    @ArchTest
    static final ArchRule httpServicesLiveInFeaturePackages = classes()
            .that().implement(HttpService.class)
            .should().resideInAnyPackage("..cloud.account..", "..cloud.terminal..", "..cloud.integration..",
                    "..cloud.sync..", "..cloud.report..", "..cloud.owner..", "..cloud.observe..", "..cloud.http..");

    /** Token and code mechanics know nothing of the features built on them. */
    @ArchTest
    static final ArchRule authDependsOnNoFeature = noClasses()
            .that().resideInAPackage("..cloud.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("..cloud.account..", "..cloud.terminal..",
                    "..cloud.integration..", "..cloud.sync..");

    /** Configuration comes in through constructors: no global config, no environment reads outside Main. */
    @ArchTest
    static final ArchRule noGlobalConfig = noClasses()
            .should().callMethod(io.helidon.config.Config.class, "global");

    @ArchTest
    static final ArchRule onlyMainReadsTheEnvironment = noClasses()
            .that().doNotHaveSimpleName("Main")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);

    /** Nothing but {@code Main} starts the benchmark. */
    @ArchTest
    static final ArchRule onlyMainUsesTheBench = noClasses()
            .that().resideOutsideOfPackage("..cloud.bench..").and().doNotHaveSimpleName("Main")
            .should().dependOnClassesThat().resideInAPackage("..cloud.bench..");
}
