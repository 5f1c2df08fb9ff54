package org.openhall;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph as Spring Modulith sees it: no cycles, no access to another module's
 * internals. Also writes the module documentation, into target/modules-docs by default; to
 * refresh the committed copy run it with {@code -Dopenhall.modules-docs=../docs/modules}
 * (Modulith writes the diagrams in no stable order, so every build would otherwise change them).
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(OpenHallApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(System.getProperty("openhall.modules-docs", "target/modules-docs")))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
