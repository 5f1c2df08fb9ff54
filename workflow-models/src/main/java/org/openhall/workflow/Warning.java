package org.openhall.workflow;

/** 预警: green, yellow (near the due date) or red (overdue). */
public enum Warning { GREEN, YELLOW, RED }
