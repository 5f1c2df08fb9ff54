package org.openhall.catalogue;

/**
 * 延期上限 (行政许可法第四十二条): the most working days one extension of a case's time limit may
 * grant. The law allows 10 working days, 15 for joint handling (统一办理、联合办理、集中办理); an
 * item may promise less, never more, and at least one day.
 */
final class ExtensionLimitPolicy {

  /** §42 ¶1: twenty working days, extendable by ten with the head of the office's approval. */
  static final int LEGAL_MAXIMUM = 10;

  /** §42 ¶2: joint handling, forty-five working days, extendable by fifteen. */
  static final int LEGAL_MAXIMUM_JOINT = 15;

  private ExtensionLimitPolicy() {
  }

  /** The legal maximum for items of a category; it is also the default when an item states none. */
  static int legalMaximum(ItemCategory category) {
    return category == ItemCategory.JOINT ? LEGAL_MAXIMUM_JOINT : LEGAL_MAXIMUM;
  }

  /** The limit in force: the item's own, or the legal maximum when it states none. */
  static int effective(Integer stated, ItemCategory category) {
    return stated != null ? stated : legalMaximum(category);
  }
}
