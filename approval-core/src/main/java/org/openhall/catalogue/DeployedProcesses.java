package org.openhall.catalogue;

/**
 * The port through which the catalogue asks whether an item's process model is deployed
 * (implemented by the workflow module; the domain never imports the engine).
 */
public interface DeployedProcesses {

  /** Whether a process definition with this key is deployed (its latest version). */
  boolean isDeployed(String processKey);
}
