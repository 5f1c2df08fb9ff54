package org.openhall.licence;

/** What a verification reports. */
public enum LicenceStatus { VALID, REVOKED, EXPIRED }
