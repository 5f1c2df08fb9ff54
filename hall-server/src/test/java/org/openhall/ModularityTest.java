package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

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
    String folder = System.getProperty("openhall.modules-docs", "target/modules-docs");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    assertThat(java.nio.file.Path.of(folder, "components.puml")).isNotEmptyFile();
    assertThat(java.nio.file.Path.of(folder, "module-casefile.adoc")).isNotEmptyFile();
  }
}
