package org.openhall.identity;

/** 自然人 / 法人: a person identified by a resident ID number, an entity by a credit code; or staff. */
public enum PartyKind { PERSON, ENTITY, STAFF }
