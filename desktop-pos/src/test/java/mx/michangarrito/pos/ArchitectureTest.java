package mx.michangarrito.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * DESIGN.md, "Dependency directions": ui → services → store; services never touch JavaFX; the UI never
 * touches persistence or device transports; device events reach the FX thread only through pos.device.
 * Rules about packages that later issues create allow an empty subject until those packages exist.
 */
@AnalyzeClasses(packages = "mx.michangarrito.pos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "mx.michangarrito.pos";
    private static final String UI = "mx.michangarrito.pos.ui..";
    private static final String DEVICE_ADAPTER = "mx.michangarrito.pos.device..";

    @ArchTest
    static final ArchRule neverTheCloud = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("mx.michangarrito.cloud..", "io.helidon..")
            .because("the terminal talks to the cloud over HTTP only, never through its code");

    @ArchTest
    static final ArchRule servicesNeverImportJavaFx = noClasses()
            .that().resideOutsideOfPackages(ROOT, UI, DEVICE_ADAPTER)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .allowEmptyShould(true)
            .because("services are tested and reused without JavaFX (MVVM, STYLE.md)");

    @ArchTest
    static final ArchRule servicesNeverImportTheUi = noClasses()
            .that().resideOutsideOfPackages(ROOT, UI)
            .should().dependOnClassesThat().resideInAnyPackage(UI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiNeverTouchesPersistenceOrTransports = noClasses()
            .that().resideInAnyPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                    "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "mx.michangarrito.pos.store..",
                    "mx.michangarrito.hardware..transport..", "com.fazecast..", "javax.bluetooth..")
            .allowEmptyShould(true)
            .because("the UI goes through view models and services; device events come through pos.device");

    @ArchTest
    static final ArchRule onlyTheDeviceAdapterListensToDevices = noClasses()
            .that().resideOutsideOfPackages(ROOT, DEVICE_ADAPTER, "mx.michangarrito.pos.input..")
            .should().dependOnClassesThat().haveFullyQualifiedName("mx.michangarrito.hardware.device.DeviceListener")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("mx.michangarrito.hardware.device.Subscription")
            .orShould().callMethod("mx.michangarrito.hardware.device.Device", "subscribe",
                    "mx.michangarrito.hardware.device.DeviceListener")
            .because("device events are delivered on drivers' threads; pos.device hops them to the FX thread");

    @ArchTest
    static final ArchRule uiUsesNoDriversOrSimulators = noClasses()
            .that().resideInAnyPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("mx.michangarrito.hardware.simulator..",
                    "mx.michangarrito.hardware.payment..", "mx.michangarrito.hardware.scale..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Scanner")
            .because("screens get device events from pos.device; the composition root builds the devices");

    @ArchTest
    static final ArchRule onlyViewModelsAndTheFlowTouchServices = noClasses()
            .that().resideInAnyPackage(UI).and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .orShould().dependOnClassesThat().haveSimpleName("ParkedSales")
            .orShould().dependOnClassesThat().haveSimpleName("PosServices")
            .because("MVVM: a view binds to its view model, which alone calls the services (STYLE.md)");

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .that().doNotHaveSimpleName("Main").and().haveSimpleNameNotEndingWith("Cli")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .allowEmptyShould(true)
            .because("the app logs through its logger; only Main/CLI classes print");

    @ArchTest
    static final ArchRule noFloatingPointOutsideTheUi = fields()
            .that().areDeclaredInClassesThat().resideOutsideOfPackages(UI)
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
            .allowEmptyShould(true)
            .because("money is integer centavos and quantities BigDecimal; JavaFX layout doubles stay in ui");
}
