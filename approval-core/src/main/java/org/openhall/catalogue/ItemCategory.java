package org.openhall.catalogue;

/** 即办件 / 承诺件 / 联办件 / 备案: how an item is handled and which process carries it. */
public enum ItemCategory { INSTANT, PROMISED, JOINT, FILING }
