package org.gongkai.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way: app → store → extract → core, app → render → core, and core needs nothing but the JDK. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gongkai");
    }

    @Test
    void core_depends_on_the_jdk_only() {
        classes().that().resideInAPackage("org.gongkai.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.gongkai.core..", "java..")
                .check(classes);
    }

    @Test
    void extract_does_not_know_the_application() {
        noClasses().that().resideInAnyPackage("org.gongkai.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.app..")
                .check(classes);
    }

    @Test
    void the_store_does_not_know_the_application_and_readers_do_not_know_the_store() {
        noClasses().that().resideInAnyPackage("org.gongkai.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.gongkai.extract..", "org.gongkai.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.store..")
                .check(classes);
    }

    @Test
    void readers_know_formats_not_templates() {
        noClasses().that().resideInAnyPackage("org.gongkai.extract.read..", "org.gongkai.extract.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.core.template..", "org.gongkai.extract.match..", "org.gongkai.core.rules..")
                .check(classes);
    }

    @Test
    void render_needs_only_core() {
        noClasses().that().resideInAnyPackage("org.gongkai.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.extract..", "org.gongkai.app..", "org.gongkai")
                .check(classes);
    }

    @Test
    void no_package_cycles() {
        slices().matching("org.gongkai.(*)..").should().beFreeOfCycles().check(classes);
    }
}
