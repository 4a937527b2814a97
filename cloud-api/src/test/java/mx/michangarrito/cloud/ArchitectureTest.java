package mx.michangarrito.cloud;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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

    /**
     * Output goes through logging; only {@code Main} may print (e.g. a fatal start-up message).
     * Empty subject set is allowed: today {@code Main} is the only production class.
     */
    @ArchTest
    static final ArchRule onlyMainUsesStandardStreams = noClasses()
            .that().doNotHaveSimpleName("Main")
            .should(ACCESS_STANDARD_STREAMS)
            .allowEmptyShould(true);

    /** Only repositories (or the {@code ..cloud.db..} package) touch JDBC. */
    @ArchTest
    static final ArchRule onlyRepositoriesUseJdbc = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository")
            .and().resideOutsideOfPackage("..cloud.db..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
}
