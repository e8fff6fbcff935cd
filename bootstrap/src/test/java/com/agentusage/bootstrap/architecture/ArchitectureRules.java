package com.agentusage.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

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

    static ArchRule nothingDependsOnBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .as("nothing depends on bootstrap");
    }
}
