package com.agentusage.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.bootstrap.UseCaseWiring;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.elsewhere.ClassOutsideTheRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule holds for the production code and fails on the fixture under com.agentusage.archfixture, whose
 * classes each break one rule.
 */
class ArchitectureTest {

    private static final String ROOT = "com.agentusage";
    private static final String FIXTURE = "com.agentusage.archfixture";
    private static JavaClasses production;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    /** Each rule with the fixture class made to break it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule(ArchitectureRules::domainDependsOnlyOnTheJdk, "archfixture.domain.DomainUsingAFramework"),
                rule(ArchitectureRules::applicationDependsOnlyOnTheDomainAndTheJdk, "archfixture.application.ApplicationUsingAnAdapter"),
                rule(ArchitectureRules::adaptersDoNotDependOnEachOther, "archfixture.adapter.one.AdapterUsingAnotherAdapter"),
                rule(ArchitectureRules::portsInAndOutAreIndependent, "archfixture.application.port.in.InPortUsingAnOutPort"),
                rule(ArchitectureRules::nothingDependsOnBootstrap, "archfixture.adapter.two.AdapterUsingBootstrap"),
                rule(ArchitectureRules::adaptersNeverUseTheServices, "archfixture.adapter.three.AdapterUsingAService"),
                rule(ArchitectureRules::adaptersDriveOrAreDriven, "archfixture.adapter.four.AdapterUsingBothPorts"));
    }

    private static Arguments rule(Function<String, ArchRule> rule, String violator) {
        return Arguments.of(Named.of(rule.apply(ROOT).getDescription(), rule), violator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void givenTheProductionCode_whenTheRuleIsChecked_thenItHolds(Function<String, ArchRule> rule, String violator) {
        rule.apply(ROOT).check(production);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void givenAFixtureThatBreaksTheRule_whenTheRuleIsChecked_thenItFailsNamingTheViolator(
            Function<String, ArchRule> rule, String violator) {
        assertThatThrownBy(() -> rule.apply(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ROOT + "." + violator);
    }

    @Test
    void givenEveryClassThisRepositoryBuilds_whenItsPackageIsChecked_thenItLiesUnderTheRootTheRulesCheck() {
        // Surefire runs in bootstrap/: the repository is its parent, and its modules' classes are read from there.
        String repository = Path.of("").toAbsolutePath().getParent() + "/";
        JavaClasses built = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains(repository)).importClasspath();

        assertThat(built.contain(UseCaseWiring.class)).as("bootstrap's own classes, read from %s", repository).isTrue();
        ArchitectureRules.everyClassLiesUnderTheRoot(ROOT).check(built);
    }

    @Test
    void givenAClassOutsideTheRoot_whenCheckedForTheRoot_thenTheCheckFailsNamingIt() {
        JavaClasses stray = new ClassFileImporter().importClasses(ClassOutsideTheRoot.class);

        assertThatThrownBy(() -> ArchitectureRules.everyClassLiesUnderTheRoot(ROOT).check(stray))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ClassOutsideTheRoot.class.getName());
    }

    @Test
    void givenTheProductionImport_whenCounted_thenEveryLayerAndAdapterIsPresent() {
        Stream.of("domain", "application.port.in", "application.port.out", "application.service",
                        "adapter.memory", "adapter.jdbc", "adapter.rest", "adapter.avaamo", "adapter.demo", "adapter.csv",
                        "adapter.dashboard", "bootstrap")
                .forEach(layer -> assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + layer)))
                        .as("classes in %s.%s", ROOT, layer).isTrue());
    }
}
