package org.openhall.casefile;

/** 网上申报 / 窗口受理 / 代办: where a case came in. */
public enum Channel { ONLINE, WINDOW, AGENT }
