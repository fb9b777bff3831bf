package se.tryggstad.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules of docs/architecture: one way between modules, domain first inside a
 * context, no entities or EntityManagers in the web and REST layers.
 */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tryggstad.portal");
    }

    /** The rules below would pass on nothing: make sure every module's classes were imported. */
    @Test
    void everyModuleIsChecked() {
        for (String module : List.of("se.tryggstad.portal.account", "se.tryggstad.portal.search.api",
                "se.tryggstad.portal.search.lucene", "se.tryggstad.portal.support", "se.tryggstad.portal.remiss")) {
            assertTrue(portal.containPackage(module), module + " was not imported");
        }
    }

    @Test
    void searchKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("se.tryggstad.portal.search..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "se.tryggstad.portal.search..", "java..", "javax..", "jakarta..", "org.apache.lucene..",
                        "org.tartarus.snowball..", "org.eclipse.microprofile.config..")
                .allowEmptyShould(true)
                .check(portal);
    }

    @Test
    void remissUsesOnlyTheSearchApi() {
        // remiss.web, .rest and .mail are the remiss context's pages, resources and mailers in portal-web
        noClasses().that().resideInAPackage("se.tryggstad.portal.remiss..")
                .and().resideOutsideOfPackages("se.tryggstad.portal.remiss.web..", "se.tryggstad.portal.remiss.rest..",
                        "se.tryggstad.portal.remiss.mail..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.tryggstad.portal.account..", "se.tryggstad.portal.shared..", "se.tryggstad.portal.demo..",
                        "se.tryggstad.portal.report..", "se.tryggstad.portal.support..", "se.tryggstad.portal.forum..",
                        "se.tryggstad.portal.search.internal..")
                .allowEmptyShould(true)
                .check(portal);
    }

    @Test
    void theSearchApiKnowsNoLucene() {
        noClasses().that().resideInAPackage("se.tryggstad.portal.search.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "se.tryggstad.portal.search.lucene..",
                        "se.tryggstad.portal.search.internal..")
                .check(portal);
    }

    @Test
    void portalPagesUseOnlyTheSearchApi() {
        noClasses().that().resideOutsideOfPackage("se.tryggstad.portal.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "se.tryggstad.portal.search.lucene..",
                        "se.tryggstad.portal.search.internal..")
                .check(portal);
    }

    @Test
    void domainModelsStandAlone() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..",
                        "..rest..", "jakarta.faces..", "jakarta.ws.rs..")
                .check(portal);
    }

    @Test
    void pagesAndResourcesGoThroughApplicationServices() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(portal);
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..rest..").and().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an entity", type -> type.isAnnotatedWith(Entity.class)))
                .check(portal);
    }

    @Test
    void nothingUsesTheDemoContent() {
        noClasses().that().resideOutsideOfPackage("se.tryggstad.portal.demo..")
                .should().dependOnClassesThat().resideInAPackage("se.tryggstad.portal.demo..")
                .check(portal);
    }

    @Test
    void theWebLayerIsNotUsedByLowerLayers() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..", "..infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..rest..")
                .check(portal);
    }
}
