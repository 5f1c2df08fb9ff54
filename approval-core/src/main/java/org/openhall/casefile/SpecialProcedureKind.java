package org.openhall.casefile;

/** 特别程序: the kinds of procedure whose time does not count against the limit (行政许可法 §45). */
public enum SpecialProcedureKind { HEARING, EXPERT_REVIEW, INSPECTION, TESTING }
