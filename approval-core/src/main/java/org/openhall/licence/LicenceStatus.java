package org.openhall.licence;

/**
 * What a verification reports. VALID, REVOKED (撤销 or 吊销), SUPERSEDED (a change or renewal issued
 * its next version) and CANCELLED (注销) are stored; EXPIRED is derived from the end date
 * ({@link Licence#statusOn}). Pages show them through {@code verify.status.*}, never as codes.
 */
public enum LicenceStatus { VALID, REVOKED, EXPIRED, SUPERSEDED, CANCELLED }
