package org.openhall.registration;

/** What a one-time phone code confirms: a registration, a forgotten password's reset, or 我的账户's new phone. */
public enum CodePurpose { REGISTER, RESET_PASSWORD, CHANGE_PHONE }
