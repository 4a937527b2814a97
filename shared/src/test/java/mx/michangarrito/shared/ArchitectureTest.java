package mx.michangarrito.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.math.BigDecimal;
import java.util.Set;

/** DESIGN.md, "Dependency directions": shared imports nothing of ours and no framework. */
@AnalyzeClasses(packages = "mx.michangarrito.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] MONEY_CODE = {"mx.michangarrito.shared.money..", "mx.michangarrito.shared.tax.."};
    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    @ArchTest
    static final ArchRule onlyTheJdkAndJacksonAnnotations = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "mx.michangarrito.shared..", "com.fasterxml.jackson.annotation..")
            .because("shared is the vocabulary of both apps and must not drag in a framework or another module");

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .that().doNotHaveSimpleName("Main").and().haveSimpleNameNotEndingWith("Cli")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("apps log through their logger; only Main/CLI classes print");

    @ArchTest
    static final ArchRule moneyCodeHasNoFloatingPointFields = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE)
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);

    @ArchTest
    static final ArchRule moneyCodeTakesAndReturnsNoFloatingPoint = codeUnits()
            .that().areDeclaredInClassesThat().resideInAnyPackage(MONEY_CODE)
            .should().notHaveRawReturnType(double.class).andShould().notHaveRawReturnType(float.class)
            .andShould(new com.tngtech.archunit.lang.ArchCondition<JavaCodeUnit>("take no double or float") {
                @Override
                public void check(JavaCodeUnit unit, com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean floating = unit.getRawParameterTypes().stream().map(JavaClass::getName).anyMatch(FLOATING::contains);
                    events.add(new com.tngtech.archunit.lang.SimpleConditionEvent(unit, !floating,
                            unit.getFullName() + " takes a floating-point parameter"));
                }
            });

    @ArchTest
    static final ArchRule moneyCodeMakesNoFloatingPointValues = noClasses()
            .that().resideInAnyPackage(MONEY_CODE)
            .should().callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould().callConstructor(BigDecimal.class, double.class)
            .orShould().callMethod(BigDecimal.class, "doubleValue")
            .orShould().callMethod(BigDecimal.class, "floatValue")
            .orShould().dependOnClassesThat(DescribedPredicate.describe("are Double or Float",
                    c -> FLOATING.contains(c.getName())))
            .because("money is integer centavos; a double in money code is a rounding bug waiting");
}
