package org.openhall.registration;

/** What a one-time phone code confirms: a registration, or a forgotten password's reset. */
public enum CodePurpose { REGISTER, RESET_PASSWORD }
