package org.openhall.catalogue;

/** A version's life: drafted, published (then frozen), retired. */
public enum ItemStatus { DRAFT, PUBLISHED, RETIRED }
