package org.openhall.catalogue;

/** 即办件 / 承诺件 / 联办件 / 备案: how an item is handled and which process carries it. */
public enum ItemCategory {
  INSTANT("InstantApproval"), PROMISED("PromisedApproval"), JOINT("JointApproval"),
  FILING("Filing");

  private final String processKey;

  ItemCategory(String processKey) {
    this.processKey = processKey;
  }

  /**
   * The id of the BPMN process that carries every item of this category; publishing refuses an
   * item that names another one.
   */
  public String processKey() {
    return processKey;
  }
}
