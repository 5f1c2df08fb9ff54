package org.openhall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of STYLE.md that the compiler does not enforce. */
class ArchitectureTest {

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.openhall");

  /** approval-core: the domain knows nothing of the engine. */
  static final String[] CORE = {"org.openhall.kernel..", "org.openhall.organisation..",
      "org.openhall.identity..", "org.openhall.catalogue..", "org.openhall.material..",
      "org.openhall.filestore..", "org.openhall.casefile..", "org.openhall.calendar..",
      "org.openhall.licence..", "org.openhall.supervision..", "org.openhall.notification..",
      "org.openhall.mandate..", "org.openhall.enquiry..", "org.openhall.rating..",
      "org.openhall.complaint..", "org.openhall.registration.."};

  @Test
  void approvalCoreHasNoCamundaImports() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(CLASSES);
  }

  @Test
  void approvalCoreHasNoWebDependencies() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
            "jakarta.servlet..", "org.openhall.portal..", "org.openhall.console..")
        .check(CLASSES);
  }

  @Test
  void webModulesNeverUseTheEngineDirectly() {
    noClasses().that().resideInAnyPackage("org.openhall.portal..", "org.openhall.console..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("the UIs go through the worklist facade of workflow-models")
        .check(CLASSES);
  }

  @Test
  void portalNeverDependsOnConsoleNorTheOtherWayRound() {
    noClasses().that().resideInAPackage("org.openhall.portal..")
        .should().dependOnClassesThat().resideInAPackage("org.openhall.console..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.openhall.console..")
        .should().dependOnClassesThat().resideInAPackage("org.openhall.portal..")
        .check(CLASSES);
  }

  @Test
  void uiModulesNeverTouchRepositories() {
    noClasses().that().resideInAnyPackage("org.openhall.portal..", "org.openhall.console..")
        .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
        .check(CLASSES);
  }

  @Test
  void noFieldInjection() {
    noFields().should().beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
        .orShould().beAnnotatedWith("jakarta.inject.Inject")
        .orShould().beAnnotatedWith(org.springframework.beans.factory.annotation.Value.class)
        .check(CLASSES);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .because("time is injected (Clock bean) so that deadlines can be tested")
        .check(CLASSES);
  }
}
