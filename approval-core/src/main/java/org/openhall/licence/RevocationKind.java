package org.openhall.licence;

/**
 * How a licence is revoked: 撤销 (行政许可法 §69, the licence should not have been granted) or 吊销
 * (an administrative penalty for the holder's violation). Named in {@code licence.revocation.*}.
 */
public enum RevocationKind { ANNULMENT, PENALTY }
