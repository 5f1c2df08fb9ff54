package org.openhall.catalogue;

/** The legal kind of an item (行政许可, 行政确认, 备案 …). */
public enum ItemType { LICENCE, CONFIRMATION, FILING, CERTIFICATION, REGISTRATION, PUBLIC_SERVICE, OTHER }
