package com.agentusage.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Optional;

/**
 * The hexagon's rules, for a code base rooted at a package: the real one, or a fixture that breaks them on
 * purpose to show that each rule can fail. Each rule fails on an empty selection too (ArchUnit's default),
 * so a renamed package cannot make a rule pass by checking nothing.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("the domain depends only on java.. and itself");
    }

    static ArchRule applicationDependsOnlyOnTheDomainAndTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .as("the application depends only on the domain, java.. and itself");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .as("adapters do not depend on each other");
    }

    static ArchRule portsInAndOutAreIndependent(String root) {
        return CompositeArchRule
                .of(noClasses().that().resideInAPackage(root + ".application.port.in..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".application.port.out.."))
                .and(noClasses().that().resideInAPackage(root + ".application.port.out..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".application.port.in.."))
                .as("port.in and port.out do not depend on each other");
    }

    static ArchRule adaptersNeverUseTheServices(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .as("adapters reach the application through its ports, never its services");
    }

    /**
     * A driving adapter calls use cases (port.in) and a driven adapter implements what they need (port.out); one
     * that did both would tie a use case's caller to a use case's implementation detail.
     */
    static ArchRule adaptersDriveOrAreDriven(String root) {
        return slices().matching(root + ".adapter.(*)..")
                .should(useOnlyOneSideOfTheApplication(root + ".application.port.in", root + ".application.port.out"))
                .as("an adapter drives the application (port.in) or is driven by it (port.out), never both");
    }

    private static ArchCondition<Slice> useOnlyOneSideOfTheApplication(String portIn, String portOut) {
        return new ArchCondition<>("use port.in or port.out, not both") {
            @Override
            public void check(Slice adapter, ConditionEvents events) {
                Optional<Dependency> in = firstDependencyInto(adapter, portIn);
                Optional<Dependency> out = firstDependencyInto(adapter, portOut);
                if (in.isPresent() && out.isPresent()) {
                    events.add(SimpleConditionEvent.violated(adapter, adapter.getDescription() + " uses both: "
                            + in.get().getDescription() + "; and " + out.get().getDescription()));
                }
            }
        };
    }

    private static Optional<Dependency> firstDependencyInto(Slice adapter, String packageName) {
        return adapter.stream().flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream())
                .filter(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    return target.equals(packageName) || target.startsWith(packageName + ".");
                })
                .findFirst();
    }

    /**
     * The rules look at the classes under one root package; a class built here outside it would escape them all.
     * Checked against the classes this repository's modules build (ArchitectureTest), so a new module must keep
     * to the root (docs/extending.md).
     */
    static ArchRule everyClassLiesUnderTheRoot(String root) {
        return classes().should().resideInAPackage(root + "..")
                .as("every class this repository builds lies under " + root + ", where the rules look");
    }

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .as("nothing depends on bootstrap");
    }
}
