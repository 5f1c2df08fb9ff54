package org.openhall.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.openhall.catalogue.DeployedProcesses;
import org.springframework.stereotype.Component;

/** Answers the catalogue's question from the engine: is a process key deployed (latest version)? */
@Component
class EngineDeployedProcesses implements DeployedProcesses {

  private final RepositoryService repository;

  EngineDeployedProcesses(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public boolean isDeployed(String processKey) {
    return processKey != null && !processKey.isBlank()
        && repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().count() > 0;
  }
}
