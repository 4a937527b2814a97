package mx.michangarrito.hardware;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.TcpUri;

/** The hardware module stays plain Java: none of our apps, no app framework, no console output. */
@AnalyzeClasses(packages = "mx.michangarrito.hardware", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Class file major version of Java 25. */
    private static final int JAVA_25 = 69;

    @ArchTest
    static final ArchRule hardwareDependsOnNoModuleOfOursAndNoAppFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "mx.michangarrito.shared..", "mx.michangarrito.pos..", "mx.michangarrito.cloud..",
                    "javafx..", "org.hibernate..", "jakarta.persistence..", "io.helidon..")
            .because("drivers are reused by any app and tested alone (DESIGN.md, Hardware)");

    @ArchTest
    static final ArchRule onlyMainAndCliClassesWriteToTheConsole = noClasses()
            .that().doNotHaveSimpleName("Main").and().haveSimpleNameNotEndingWith("Cli")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("drivers report through exceptions, events and logs, not the console");

    /**
     * ArchUnit skips (with only a log warning) class files its ASM cannot read, and rules over no
     * classes could then pass; make sure the Java 25 classes of this module were really imported.
     */
    @ArchTest
    static void java25ClassFilesAreImported(JavaClasses classes) throws IOException {
        assertEquals(JAVA_25, majorVersion(TcpUri.class));
        assertTrue(classes.contain(DeviceUri.class), "DeviceUri was not imported");
        assertTrue(classes.get(DeviceUri.class).getAllSubclasses().stream()
                .anyMatch(subclass -> subclass.isEquivalentTo(TcpUri.class)), "TcpUri was not read as a DeviceUri");
    }

    private static int majorVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertNotNull(in, type.getName());
            DataInputStream data = new DataInputStream(in);
            data.readInt(); // magic
            data.readUnsignedShort(); // minor version
            return data.readUnsignedShort();
        }
    }
}
